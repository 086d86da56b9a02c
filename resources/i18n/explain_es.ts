<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>explain.compare</name>
    <message>
        <source>In the pixels the two are {similarity} alike (1 = the same).</source>
        <translation>En los píxeles, los dos se parecen en un {similarity} (1 = idénticos).</translation>
    </message>
    <message>
        <source>Their paths part most at {layer} ({before} → {after}), then join again ({lowest} → {end}).</source>
        <translation>Sus caminos se separan sobre todo en {layer} ({before} → {after}) y luego vuelven a juntarse ({lowest} → {end}).</translation>
    </message>
    <message>
        <source>Their paths part most at {layer} ({before} → {after}).</source>
        <translation>Sus caminos se separan sobre todo en {layer} ({before} → {after}).</translation>
    </message>
    <message>
        <source>At the output they are {similarity} alike.</source>
        <translation>En la salida se parecen en un {similarity}.</translation>
    </message>
    <message>
        <source>At the output ({layer}) they are {similarity} alike.</source>
        <translation>En la salida ({layer}) se parecen en un {similarity}.</translation>
    </message>
    <message>
        <source>The network tells them apart.</source>
        <translation>La red los distingue.</translation>
    </message>
    <message>
        <source>To the network they are nearly the same.</source>
        <translation>Para la red son casi iguales.</translation>
    </message>
    <message>
        <source>these two networks have no feature maps in common to show side by side (one is {kinds_a}; the other is {kinds_b}); their answers can still be compared</source>
        <translation>estas dos redes no tienen mapas de características en común que mostrar uno junto al otro (una está formada por {kinds_a}; la otra, por {kinds_b}); aun así se pueden comparar sus respuestas</translation>
    </message>
    <message>
        <source>a comparison needs two networks</source>
        <translation>para comparar hacen falta dos redes</translation>
    </message>
</context>
<context>
    <name>explain.convolution</name>
    <message>
        <source>layer {layer} is {a_type}, not a Conv2D</source>
        <translation>la capa {layer} es de tipo {type}, no Conv2D</translation>
    </message>
</context>
<context>
    <name>explain.dense</name>
    <message>
        <source>the model has no Dense layer</source>
        <translation>el modelo no tiene ninguna capa Dense</translation>
    </message>
    <message>
        <source>layer {layer} is {a_type}, not Dense</source>
        <translation>la capa {layer} es de tipo {type}, no Dense</translation>
    </message>
    <message>
        <source>layer {layer} receives {a_shape} map, not a vector</source>
        <translation>la capa {layer} recibe un mapa de {shape}, no un vector</translation>
    </message>
    <message>
        <source>unit {unit} is out of range: layer {layer} has {units}</source>
        <translation>la neurona {unit} no existe: la capa {layer} tiene {units}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>neurona</translation>
    </message>
    <message>
        <source>units</source>
        <translation>neuronas</translation>
    </message>
    <message>
        <source>cannot follow the features through {layer} ({kind})</source>
        <translation>no se pueden seguir las características a través de {layer} ({kind})</translation>
    </message>
    <message>
        <source>{layer} uses {activation}, not ReLU: its units do not split into shares</source>
        <translation>{layer} usa {activation}, no ReLU: sus neuronas no se pueden repartir en partes</translation>
    </message>
    <message>
        <source>nothing after the Flatten layer turns the row into scores</source>
        <translation>ninguna capa después de Flatten convierte la fila en puntuaciones</translation>
    </message>
    <message>
        <source>the model has no Flatten layer: nothing is unrolled into a row</source>
        <translation>el modelo no tiene ninguna capa Flatten: nada se aplana en una fila</translation>
    </message>
</context>
<context>
    <name>explain.geometry</name>
    <message>
        <source>padding {padding} is not supported; only 'valid' and 'same'</source>
        <translation>el relleno (padding) {padding} no es compatible; solo 'valid' y 'same'</translation>
    </message>
    <message>
        <source>layer {layer} is channels-first; only channels-last works</source>
        <translation>la capa {layer} pone los canales primero (channels-first); solo funciona channels-last</translation>
    </message>
    <message>
        <source>layer {layer} is a grouped convolution; not supported</source>
        <translation>la capa {layer} es una convolución agrupada; no es compatible</translation>
    </message>
    <message>
        <source>layer {layer} has no 2-D map: {before} ({type}) before it unrolls the image, so every value there depends on the whole input</source>
        <translation>la capa {layer} no tiene un mapa 2D: {before} ({type}), antes de ella, aplana la imagen en una fila, así que allí cada valor depende de toda la entrada</translation>
    </message>
    <message>
        <source>position ({row}, {col}) is outside layer {layer}, whose maps are {height}x{width} (rows 0..{last_row}, columns 0..{last_col})</source>
        <translation>la posición ({row}, {col}) está fuera de la capa {layer}, cuyos mapas miden {height}x{width} (filas 0..{last_row}, columnas 0..{last_col})</translation>
    </message>
</context>
<context>
    <name>explain.layers</name>
    <message>
        <source>the model has no layer {layer}; its layers are: {names}</source>
        <translation>el modelo no tiene ninguna capa {layer}; sus capas son: {names}</translation>
    </message>
    <message>
        <source>the input must be a 28x28 image, not shape {shape}</source>
        <translation>la entrada debe ser una imagen de 28x28, no de forma {shape}</translation>
    </message>
    <message>
        <source>no activation recorded for layer {layer}</source>
        <translation>no hay ninguna activación registrada para la capa {layer}</translation>
    </message>
    <message>
        <source>layer {layer} uses the activation {activation}, not one Convscope computes</source>
        <translation>la capa {layer} usa la activación {activation}, que Convscope no sabe calcular</translation>
    </message>
    <message>
        <source>channel {channel} is out of range: layer {layer} has {channels} (0..{last})</source>
        <translation>el canal {channel} no existe: la capa {layer} tiene {channels} (0..{last})</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canales</translation>
    </message>
</context>
<context>
    <name>explain.patches</name>
    <message>
        <source>expected a batch of 28x28 images, not shape {shape}</source>
        <translation>se esperaba un lote de imágenes de 28x28, no de forma {shape}</translation>
    </message>
    <message>
        <source>k must be at least 1, not {k}</source>
        <translation>k debe ser al menos 1, no {k}</translation>
    </message>
    <message>
        <source>there are no images to search</source>
        <translation>no hay imágenes en las que buscar</translation>
    </message>
</context>
<context>
    <name>explain.pooling</name>
    <message>
        <source>layer {layer} is {a_type}, not a pooling layer</source>
        <translation>la capa {layer} es de tipo {type}, no una capa de pooling</translation>
    </message>
</context>
<context>
    <name>explain.probes</name>
    <message>
        <source>a probe needs as many labels as digits, and at least one digit</source>
        <translation>una sonda necesita tantas etiquetas como dígitos, y al menos un dígito</translation>
    </message>
    <message>
        <source>stopped before the probes were trained</source>
        <translation>se detuvo antes de entrenar las sondas</translation>
    </message>
    <message>
        <source>a probe needs at least {needed} training digits, not {n}</source>
        <translation>una sonda necesita al menos {needed} dígitos de entrenamiento, no {n}</translation>
    </message>
</context>
<context>
    <name>explain.rendering</name>
    <message>
        <source>{height}x{width} pixels at row {top}, column {left} (cut off by the image border)</source>
        <translation>{height}x{width} píxeles desde la fila {top}, columna {left} (cortado por el borde de la imagen)</translation>
    </message>
    <message>
        <source>{height}x{width} pixels at row {top}, column {left}</source>
        <translation>{height}x{width} píxeles desde la fila {top}, columna {left}</translation>
    </message>
    <message>
        <source>layer {layer}, position ({row}, {col}), channel {channel}</source>
        <translation>capa {layer}, posición ({row}, {col}), canal {channel}</translation>
    </message>
    <message>
        <source>input 28x28 ('.' marks the receptive field: {where}):</source>
        <translation>entrada de 28x28 ('.' marca el campo receptivo: {where}):</translation>
    </message>
    <message>
        <source>{kh}x{kw} filter over 1 input channel; each input value is multiplied by the weight above it and all are added</source>
        <translation>filtro de {kh}x{kw} sobre 1 canal de entrada; cada valor de entrada se multiplica por el peso que tiene encima y se suma todo</translation>
    </message>
    <message>
        <source>{kh}x{kw} filter over {cin} input channels; each input value is multiplied by the weight above it and all are added</source>
        <translation>filtro de {kh}x{kw} sobre {cin} canales de entrada; cada valor de entrada se multiplica por el peso que tiene encima y se suma todo</translation>
    </message>
    <message>
        <source>(zeros in the window are padding outside the map)</source>
        <translation>(los ceros de la ventana son relleno fuera del mapa)</translation>
    </message>
    <message>
        <source>input channel {k}: window</source>
        <translation>canal de entrada {k}: ventana</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>sum of products: {sum}</source>
        <translation>suma de productos: {sum}</translation>
    </message>
    <message>
        <source>... {n} more input channels add {sum}</source>
        <translation>... {n} canales de entrada más aportan {sum}</translation>
    </message>
    <message>
        <source>(sum + bias = pre-activation -&gt; activation -&gt; value)</source>
        <translation>(suma + sesgo = valor antes de la activación -&gt; activación -&gt; valor)</translation>
    </message>
    <message>
        <source>max pooling over rows {top}..{bottom}, columns {left}..{right} of the previous map:</source>
        <translation>max pooling sobre las filas {top}..{bottom}, columnas {left}..{right} del mapa anterior:</translation>
    </message>
    <message>
        <source>average pooling over rows {top}..{bottom}, columns {left}..{right} of the previous map:</source>
        <translation>average pooling (media) sobre las filas {top}..{bottom}, columnas {left}..{right} del mapa anterior:</translation>
    </message>
    <message>
        <source>mean = {value}</source>
        <translation>media = {value}</translation>
    </message>
    <message>
        <source>max = {value} at row {row}, column {col} (in brackets)</source>
        <translation>máximo = {value} en la fila {row}, columna {col} (entre corchetes)</translation>
    </message>
</context>
<context>
    <name>explain.shift</name>
    <message>
        <source>the image is blank: there is no digit to shift</source>
        <translation>la imagen está en blanco: no hay ningún dígito que desplazar</translation>
    </message>
</context>
<context>
    <name>explain.window</name>
    <message>
        <source>none in this model</source>
        <translation>ninguna en este modelo</translation>
    </message>
    <message>
        <source>layer {layer} is {a_type}; only convolution and pooling layers can be explained by window: {choices}</source>
        <translation>la capa {layer} es de tipo {type}; solo las capas de convolución y de pooling se pueden explicar por su ventana: {choices}</translation>
    </message>
</context>
</TS>