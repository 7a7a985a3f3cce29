package io.dutygraph.export;

import io.dutygraph.network.NetworkEdge;
import io.dutygraph.graph.query.TaskView;
import java.io.OutputStream;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the GraphML and GEXF writers share: a UTF-8 StAX writer, and the edge's task list. */
final class NetworkXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private NetworkXml() {
    }

    static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        return xml;
    }

    /** The numbers of the tasks two units share, comma-separated. */
    static String tasks(NetworkEdge edge) {
        return edge.tasks().stream().map(TaskView::number).map(String::valueOf).collect(Collectors.joining(","));
    }

    static void element(XMLStreamWriter xml, String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }
}
