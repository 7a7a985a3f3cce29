package io.dutygraph.export;

import io.dutygraph.network.CoordinationNetwork;
import io.dutygraph.network.NetworkEdge;
import io.dutygraph.network.NetworkNode;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The coordination network as GEXF 1.2 (Gephi): units labelled by name with kind, taskCount, degree, betweenness and
 * community; undirected edges weighted by sharedTaskCount, with the shared tasks' numbers.
 */
final class GexfWriter {

    private static final String[][] NODE_ATTRIBUTES = {
        {"kind", "string"}, {"taskCount", "integer"}, {"degree", "integer"}, {"betweenness", "double"},
        {"community", "integer"}};
    private static final String[][] EDGE_ATTRIBUTES = {{"sharedTaskCount", "integer"}, {"tasks", "string"}};

    private GexfWriter() {
    }

    static void write(String planId, CoordinationNetwork network, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = NetworkXml.writer(out);
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace("http://www.gexf.net/1.2draft");
        xml.writeAttribute("version", "1.2");
        meta(xml, planId);
        xml.writeStartElement("graph");
        xml.writeAttribute("mode", "static");
        xml.writeAttribute("defaultedgetype", "undirected");
        attributes(xml, "node", NODE_ATTRIBUTES);
        attributes(xml, "edge", EDGE_ATTRIBUTES);
        xml.writeStartElement("nodes");
        for (NetworkNode node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.unit().key());
            xml.writeAttribute("label", node.unit().name());
            values(xml, NODE_ATTRIBUTES, node.unit().kind(), String.valueOf(node.taskCount()), String.valueOf(node.degree()),
                    String.valueOf(node.betweenness()), String.valueOf(node.community()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            xml.writeAttribute("source", edge.source().key());
            xml.writeAttribute("target", edge.target().key());
            xml.writeAttribute("weight", String.valueOf(edge.sharedTaskCount()));
            values(xml, EDGE_ATTRIBUTES, String.valueOf(edge.sharedTaskCount()), NetworkXml.tasks(edge));
            xml.writeEndElement();
        }
        xml.writeEndDocument();
        xml.flush();
    }

    private static void meta(XMLStreamWriter xml, String planId) throws XMLStreamException {
        xml.writeStartElement("meta");
        xml.writeStartElement("creator");
        xml.writeCharacters("DutyGraph");
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeCharacters("coordination network of plan " + planId);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String kind, String[][] attributes) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (int i = 0; i < attributes.length; i++) {
            NetworkXml.element(xml, "attribute", "id", attributes[i][0], "title", attributes[i][0], "type",
                    attributes[i][1]);
        }
        xml.writeEndElement();
    }

    private static void values(XMLStreamWriter xml, String[][] attributes, String... values) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            NetworkXml.element(xml, "attvalue", "for", attributes[i][0], "value", values[i]);
        }
        xml.writeEndElement();
    }
}
