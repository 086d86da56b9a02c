"""Lab › Your handwriting: collect samples of your own digits, then fine-tune on them."""
