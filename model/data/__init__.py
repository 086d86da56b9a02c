"""What the network reads: MNIST, and any picture made into its 28x28 input
(preprocessing, cleaning photos and scans, finding the digits of a number).
"""
