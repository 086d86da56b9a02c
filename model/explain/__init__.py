"""The arithmetic behind the layer inspector: what one number of one feature map is made of.

Every function here re-does by hand, with NumPy, a small piece of what the network computed, so
the app can show the numbers. One module per idea:

- ``layers``: which layer is which and what it received (``layer_input``, ``flattened``);
- ``geometry``: where a window sits, and the input pixels one value can depend on
  (``receptive_field``);
- ``convolution``: the window, weights, products, sum and bias of one conv value
  (``conv_window_sum``, ``conv_pre_activations``); ``relu``: what ReLU does to those maps
  (``relu_stage``);
- ``pooling``: the window a pooled value came from and its winner (``pool_window``);
  ``window``: whichever of the two fits a layer (``explain_position``);
- ``dense``: what each input and each flattened feature added to a score
  (``dense_contributions``, ``feature_contributions``);
- ``shift``: how each layer's maps move when the digit moves (``shift_tolerance``);
- ``patches``: the pieces of real digits that excite a filter most
  (``top_activating_patches``, ``layer_outputs``);
- ``rendering``: an explanation as the command line prints it (``to_text``, ``to_json``);
- ``rounding``: numbers shown to be added up that do add up (``round_to_add_up``);
- ``describe``: every layer as plain data for the inspector (``describe_layers``);
- ``compare`` and ``probes``: two digits or two networks side by side, and what each layer
  knows (imported by their own names; they are not re-exported here).

The per-digit functions take the activations of one forward pass (``Prediction.activations``
from ``model.network.predictor``), so explaining a click never runs the network again. Models
are the Sequential, channels-last stacks Convscope builds and loads
(``model.network.network.Network``). Nothing here imports Qt or TensorFlow.

The names below are re-exported so that callers write ``explain.conv_window_sum``, in the
words of the concepts, without knowing which module of the package computes it.
"""

from model.explain.convolution import ConvExplanation, conv_pre_activations, conv_window_sum
from model.explain.dense import (
    DenseContributions,
    FeatureContributions,
    dense_contributions,
    feature_contributions,
)
from model.explain.describe import describe_layers
from model.explain.geometry import ReceptiveField, receptive_field
from model.explain.layers import (
    INPUT_SIZE,
    ExplainError,
    activation_name,
    flattened,
    layer_input,
    spatial_layers,
)
from model.explain.patches import TopPatches, layer_outputs, top_activating_patches
from model.explain.pooling import PoolExplanation, pool_window
from model.explain.relu import ReluStage, relu_stage
from model.explain.rendering import to_dict, to_json, to_text
from model.explain.rounding import round_to_add_up
from model.explain.shift import DIRECTIONS, ShiftReport, ShiftResult, shift_tolerance
from model.explain.window import explain_position

__all__ = [
    "DIRECTIONS",
    "INPUT_SIZE",
    "ConvExplanation",
    "DenseContributions",
    "ExplainError",
    "FeatureContributions",
    "PoolExplanation",
    "ReceptiveField",
    "ReluStage",
    "ShiftReport",
    "ShiftResult",
    "TopPatches",
    "activation_name",
    "conv_pre_activations",
    "conv_window_sum",
    "dense_contributions",
    "describe_layers",
    "explain_position",
    "feature_contributions",
    "flattened",
    "layer_input",
    "layer_outputs",
    "pool_window",
    "receptive_field",
    "relu_stage",
    "round_to_add_up",
    "shift_tolerance",
    "spatial_layers",
    "to_dict",
    "to_json",
    "to_text",
    "top_activating_patches",
]
