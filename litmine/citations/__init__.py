"""Citations: in-text callouts, reference lists parsed into fields, and the links between them."""
