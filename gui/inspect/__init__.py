"""The Inspect tab: every layer's maps and filters, the explanations, the guided
tour, and the comparison views (two digits, two networks, what each layer knows).
"""
