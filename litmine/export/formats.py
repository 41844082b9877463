"""The file formats of the network commands, in a module that loads nothing: the command line shows them in its
help without importing networkx (see litmine.export.graphs, litmine.cooccurrence, litmine.thematic)."""

GRAPH_FORMATS = ("graphml", "gexf", "vosviewer", "vosjson", "csv", "json", "pajek")
CONCEPT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "vosviewer", "vosjson", "json", "csv", "pajek", "matrix", "png",
                                    "svg", "html")
THEMATIC_FORMATS = ("csv", "png", "svg", "html")
