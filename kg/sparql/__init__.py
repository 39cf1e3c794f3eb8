"""SPARQL over kg graphs: the Oxigraph engine, on-disk stores, the query library, the
read-only endpoint, pushing to a server, exports and SHACL validation."""
