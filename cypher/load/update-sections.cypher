// Sections kept by a plan's new version with other content (a section's key names its chapter: it stays there).
UNWIND $sections AS section
MATCH (s:Section {key: section.properties.key})
SET s = section.properties
