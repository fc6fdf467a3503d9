// What Swift 6 cannot call directly in Graphviz 2.42: cgraph takes `char *` for names and values
// it only reads, and `Agdirected` / `Agundirected` are mutable C globals that strict concurrency
// rejects. These wrappers take `const char *` and return the descriptors by value.
#ifndef SILKROUTE_CGRAPHVIZ_SHIM_H
#define SILKROUTE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

/// A new root graph (`NULL` on failure).
static inline Agraph_t *silkroute_agopen(const char *name, int directed) {
  return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

/// The node called `name`, created if missing (`NULL` on failure).
static inline Agnode_t *silkroute_agnode(Agraph_t *graph, const char *name) {
  return agnode(graph, (char *)name, 1);
}

/// A new anonymous edge from `tail` to `head` (`NULL` on failure).
static inline Agedge_t *silkroute_agedge(Agraph_t *graph, Agnode_t *tail, Agnode_t *head) {
  return agedge(graph, tail, head, NULL, 1);
}

/// Declares attribute `name` for objects of `kind` (AGRAPH, AGNODE, AGEDGE) with a default value.
/// Returns 0 on success, -1 on failure.
static inline int silkroute_agattr_default(Agraph_t *graph, int kind, const char *name,
                                           const char *value) {
  return agattr(graph, kind, (char *)name, (char *)value) ? 0 : -1;
}

/// Sets attribute `name` of `object` (a graph, node or edge of `graph`) to `value`, declaring it
/// with an empty default if needed. With `html` set, the value is an HTML-like label
/// (`<TABLE>…`), as if written between `<` and `>` in DOT. Returns 0 on success, -1 on failure.
static inline int silkroute_agset(Agraph_t *graph, void *object, int kind, const char *name,
                                  const char *value, int html) {
  Agsym_t *symbol = agattr(graph, kind, (char *)name, NULL);
  if (symbol == NULL) symbol = agattr(graph, kind, (char *)name, "");
  if (symbol == NULL) return -1;
  if (!html) return agxset(object, symbol, (char *)value) == 0 ? 0 : -1;
  char *shared = agstrdup_html(graph, (char *)value);
  if (shared == NULL) return -1;
  int status = agxset(object, symbol, shared);
  agstrfree(graph, shared);
  return status == 0 ? 0 : -1;
}

/// The graph's kind of object constants, as functions Swift can call.
static inline int silkroute_kind_graph(void) { return AGRAPH; }
static inline int silkroute_kind_node(void) { return AGNODE; }
static inline int silkroute_kind_edge(void) { return AGEDGE; }

/// Whether an error (not just a warning) was reported since the last `agreseterrors()`.
static inline int silkroute_error_reported(void) { return agerrors() > AGWARN; }

#endif
