"""The Lab's experiments: saliency, robustness, the kernel playground, nearest
training digits, and the user's own handwriting (samples and fine-tuning).
"""
