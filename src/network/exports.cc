#include "network/exports.h"

#include <cstdio>

#include "core/markup.h"
#include "network/rules.h"

namespace samla::network {
namespace {

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", v);
  return buffer;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : "|") + v;
  return out;
}

std::string kind(const Node& n) {
  return std::string(kind_name(n.stakeholder.kind));
}

// RFC 4180: quoted when needed, quotes doubled; a leading =, +, - or @ is prefixed with '
// so spreadsheet programs do not run it as a formula.
std::string csv_field(const std::string& v) {
  std::string text = v;
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@'))
    text = "'" + text;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

struct Attribute {
  const char* id;
  const char* graphml_type;  // string, int, double
};
const Attribute kNodeAttributes[] = {{"label", "string"},        {"kind", "string"},
                                     {"country", "string"},      {"sector", "string"},
                                     {"perspectives", "string"}, {"themes", "string"},
                                     {"degree", "int"},          {"weighted_degree", "double"},
                                     {"betweenness", "double"},  {"eigenvector", "double"},
                                     {"community", "int"},       {"component", "int"}};

std::vector<std::string> node_values(const Node& n, const NodeMetrics& x) {
  return {n.name,
          kind(n),
          n.country.value_or(""),
          n.sector.value_or(""),
          joined(n.perspectives),
          joined(n.themes),
          std::to_string(x.degree),
          number(x.weighted_degree),
          number(x.betweenness),
          number(x.eigenvector),
          std::to_string(x.community),
          std::to_string(x.component)};
}

}  // namespace

std::string to_graphml(const Graph& g, const Metrics& m) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& a : kNodeAttributes)
    out += std::string("  <key id=\"") + a.id + "\" for=\"node\" attr.name=\"" + a.id +
           "\" attr.type=\"" + a.graphml_type + "\"/>\n";
  out +=
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"types\" for=\"edge\" attr.name=\"types\" attr.type=\"string\"/>\n"
      "  <key id=\"co_participations\" for=\"edge\" attr.name=\"co_participations\" "
      "attr.type=\"int\"/>\n"
      "  <graph id=\"samla\" edgedefault=\"undirected\">\n";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    out += "    <node id=\"" + node_key(g.nodes[i].stakeholder) + "\">";
    auto values = node_values(g.nodes[i], m.nodes[i]);
    for (std::size_t a = 0; a < values.size(); ++a)
      out += std::string("<data key=\"") + kNodeAttributes[a].id + "\">" + xml_escape(values[a]) +
             "</data>";
    out += "</node>\n";
  }
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const Edge& e = g.edges[i];
    out += "    <edge id=\"e" + std::to_string(i) + "\" source=\"" +
           node_key(g.nodes[e.a].stakeholder) + "\" target=\"" +
           node_key(g.nodes[e.b].stakeholder) + "\"><data key=\"weight\">" + number(e.weight) +
           "</data><data key=\"types\">" + xml_escape(joined(e.types)) +
           "</data><data key=\"co_participations\">" + std::to_string(e.co_participations) +
           "</data></edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string to_gexf(const Graph& g, const Metrics& m, const std::string& day) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
      "  <meta lastmodifieddate=\"" +
      day +
      "\"><creator>samla</creator><description>The programme's stakeholder "
      "network</description></meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
      "    <attributes class=\"node\">\n";
  const char* gexf_types[] = {"string",  "string", "string", "string", "string",  "string",
                              "integer", "double", "double", "double", "integer", "integer"};
  for (std::size_t a = 1; a < std::size(kNodeAttributes); ++a)
    out += "      <attribute id=\"" + std::to_string(a) + "\" title=\"" + kNodeAttributes[a].id +
           "\" type=\"" + gexf_types[a] + "\"/>\n";
  out +=
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"0\" title=\"types\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"co_participations\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    auto values = node_values(g.nodes[i], m.nodes[i]);
    out += "      <node id=\"" + node_key(g.nodes[i].stakeholder) + "\" label=\"" +
           xml_escape(values[0]) + "\"><attvalues>";
    for (std::size_t a = 1; a < values.size(); ++a)
      out +=
          "<attvalue for=\"" + std::to_string(a) + "\" value=\"" + xml_escape(values[a]) + "\"/>";
    out += "</attvalues></node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < g.edges.size(); ++i) {
    const Edge& e = g.edges[i];
    out += "      <edge id=\"" + std::to_string(i) + "\" source=\"" +
           node_key(g.nodes[e.a].stakeholder) + "\" target=\"" +
           node_key(g.nodes[e.b].stakeholder) + "\" weight=\"" + number(e.weight) +
           "\"><attvalues><attvalue for=\"0\" value=\"" + xml_escape(joined(e.types)) +
           "\"/><attvalue for=\"1\" value=\"" + std::to_string(e.co_participations) +
           "\"/></attvalues></edge>\n";
  }
  return out + "    </edges>\n  </graph>\n</gexf>\n";
}

std::string nodes_csv(const Graph& g, const Metrics& m) {
  std::string out = "id";
  for (const auto& a : kNodeAttributes) out += std::string(",") + a.id;
  out += "\r\n";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    out += node_key(g.nodes[i].stakeholder);
    for (const auto& v : node_values(g.nodes[i], m.nodes[i])) out += "," + csv_field(v);
    out += "\r\n";
  }
  return out;
}

std::string edges_csv(const Graph& g) {
  std::string out = "source,target,weight,types,co_participations\r\n";
  for (const auto& e : g.edges)
    out += node_key(g.nodes[e.a].stakeholder) + "," + node_key(g.nodes[e.b].stakeholder) + "," +
           number(e.weight) + "," + csv_field(joined(e.types)) + "," +
           std::to_string(e.co_participations) + "\r\n";
  return out;
}

}  // namespace samla::network
