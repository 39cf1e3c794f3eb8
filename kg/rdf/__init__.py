"""The RDF side: kg's vocabulary (namespaces, the ontology's schema), the graph built from an
extraction, and deterministic Turtle."""
