package io.dutygraph.audit;

/** Who found it: the audit's accountability checks, or the parser while reading the document. */
public enum Origin {
    AUDIT,
    PARSER
}
