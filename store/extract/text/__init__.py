"""Where a pay figure sits and what the words around it say: the readable text, its clause,
line, heading and table header, and the phrases that mark pay, its kind and its cover."""
