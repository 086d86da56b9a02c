"""The layers of a Convscope network as NumPy: shapes, weights, forward and backward passes.

Each class reads the config Keras wrote for the layer of the same name (``Conv2D``,
``MaxPooling2D``, ...), knows the shapes of the weights that config implies (which the weight
file must match before a byte of it is read, ``model.network.weightfile``), and computes the
layer on a batch channels-last, in inference mode, to float32 rounding of what Keras computes.
``backward`` gives the gradient of a score with respect to the layer's input, for saliency.

Options NumPy does not reproduce (a dilated convolution, an activation missing from
``model.network.activations``, a float16 layer, ...) leave the layer *described* (shapes and
weights are still right) but mark it with ``numpy_reason``; such a network computes on
TensorFlow instead.

One module per family: ``base`` (``Layer``, shapes, padding), ``conv`` (``Conv2D``),
``pooling`` (``MaxPooling2D``, ``AveragePooling2D``), ``dense`` (``Dense``), ``elementwise``
(``BatchNormalization``, ``Dropout``, ``Activation``, ``Rescaling``), ``reshaping``
(``Flatten``, ``Reshape``). A new layer type gets its class in the family's module (or a new
one) and an entry in ``registry`` (the class by Keras's name, and where Keras files its
weights).
"""
