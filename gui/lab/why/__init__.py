"""Lab › Why this answer: which pixels of your digit pushed the network to its answer."""
