package io.dutygraph.export;

import io.dutygraph.network.CoordinationNetwork;
import io.dutygraph.network.NetworkEdge;
import io.dutygraph.network.NetworkNode;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The coordination network as GraphML (yEd, Cytoscape desktop, Gephi): units with name, kind, taskCount, degree,
 * betweenness and community; undirected edges with sharedTaskCount (also as weight) and the shared tasks' numbers.
 */
final class GraphMlWriter {

    private static final String[][] KEYS = {
        {"name", "node", "string"}, {"kind", "node", "string"}, {"taskCount", "node", "int"}, {"degree", "node", "int"},
        {"betweenness", "node", "double"}, {"community", "node", "int"}, {"sharedTaskCount", "edge", "int"},
        {"weight", "edge", "double"}, {"tasks", "edge", "string"}};

    private GraphMlWriter() {
    }

    static void write(String planId, CoordinationNetwork network, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = NetworkXml.writer(out);
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        for (String[] key : KEYS) {
            NetworkXml.element(xml, "key", "id", key[0], "for", key[1], "attr.name", key[0], "attr.type", key[2]);
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", planId);
        xml.writeAttribute("edgedefault", "undirected");
        for (NetworkNode node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.unit().key());
            data(xml, "name", node.unit().name());
            data(xml, "kind", node.unit().kind());
            data(xml, "taskCount", String.valueOf(node.taskCount()));
            data(xml, "degree", String.valueOf(node.degree()));
            data(xml, "betweenness", String.valueOf(node.betweenness()));
            data(xml, "community", String.valueOf(node.community()));
            xml.writeEndElement();
        }
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + id++);
            xml.writeAttribute("source", edge.source().key());
            xml.writeAttribute("target", edge.target().key());
            data(xml, "sharedTaskCount", String.valueOf(edge.sharedTaskCount()));
            data(xml, "weight", String.valueOf(edge.sharedTaskCount()));
            data(xml, "tasks", NetworkXml.tasks(edge));
            xml.writeEndElement();
        }
        xml.writeEndDocument();
        xml.flush();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
