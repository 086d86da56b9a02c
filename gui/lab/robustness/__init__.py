"""Lab › Robustness lab: spoil your digit on purpose and watch two networks cope, or not."""
