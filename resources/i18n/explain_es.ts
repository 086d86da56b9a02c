<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>explain.compare</name>
    <message>
        <source>In the pixels the two are {similarity} alike (1 = the same).</source>
        <translation>En los píxeles, la similitud entre los dos es de {similarity} (1 = idénticos).</translation>
    </message>
    <message>
        <source>At the output they are {similarity} alike.</source>
        <translation>En la salida, su similitud es de {similarity}.</translation>
    </message>
    <message>
        <source>Their paths part most at {name} ({prev} → {next}), then join again ({lowest} → {end}).</source>
        <translation>Sus caminos se separan sobre todo en {name} ({prev} → {next}) y luego vuelven a juntarse ({lowest} → {end}).</translation>
    </message>
    <message>
        <source>Their paths part most at {name} ({prev} → {next}).</source>
        <translation>Sus caminos se separan sobre todo en {name} ({prev} → {next}).</translation>
    </message>
    <message>
        <source>At the output ({name}) they are {similarity} alike.</source>
        <translation>En la salida ({name}), su similitud es de {similarity}.</translation>
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
        <source>layer {name} is {a_type}, not a Conv2D</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>la capa {name} es de tipo {type}, no Conv2D</translation>
    </message>
</context>
<context>
    <name>explain.dense</name>
    <message>
        <source>the model has no Dense layer</source>
        <translation>el modelo no tiene ninguna capa Dense</translation>
    </message>
    <message>
        <source>unit {unit} is out of range: layer {name} has {units}</source>
        <translation>la neurona {unit} no existe: la capa {name} tiene {units}</translation>
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
        <source>layer {name} is {a_type}, not Dense</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>la capa {name} es de tipo {type}, no Dense</translation>
    </message>
    <message>
        <source>layer {name} receives {a_shape} map, not a vector</source>
        <extracomment>{a_shape}: the size after an English article; {shape}: the bare size</extracomment>
        <translation>la capa {name} recibe un mapa de {shape}, no un vector</translation>
    </message>
    <message>
        <source>cannot follow the features through {name} ({kind})</source>
        <translation>no se pueden seguir las características a través de {name} ({kind})</translation>
    </message>
    <message>
        <source>{name} uses {activation}, not ReLU: its units do not split into shares</source>
        <translation>{name} usa {activation}, no ReLU: sus neuronas no se pueden repartir en partes</translation>
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
        <source>padding {padding} is not supported; only &apos;valid&apos; and &apos;same&apos;</source>
        <translation>el relleno (padding) {padding} no es compatible; solo &apos;valid&apos; y &apos;same&apos;</translation>
    </message>
    <message>
        <source>layer {name} is channels-first; only channels-last works</source>
        <translation>la capa {name} pone los canales primero (channels-first); solo funciona channels-last</translation>
    </message>
    <message>
        <source>layer {name} is a grouped convolution; not supported</source>
        <translation>la capa {name} es una convolución agrupada; no es compatible</translation>
    </message>
    <message>
        <source>layer {name} has no 2-D map: {prev} ({type}) before it unrolls the image, so every value there depends on the whole input</source>
        <translation>la capa {name} no tiene un mapa 2D: {prev} ({type}), antes de ella, aplana la imagen en una fila, así que allí cada valor depende de toda la entrada</translation>
    </message>
    <message>
        <source>position ({row}, {col}) is outside layer {name}, whose maps are {height}x{width} (rows 0..{last_row}, columns 0..{last_col})</source>
        <translation>la posición ({row}, {col}) está fuera de la capa {name}, cuyos mapas miden {height}x{width} (filas 0..{last_row}, columnas 0..{last_col})</translation>
    </message>
</context>
<context>
    <name>explain.layers</name>
    <message>
        <source>the input must be a 28x28 image, not shape {shape}</source>
        <translation>la entrada debe ser una imagen de 28x28, no de forma {shape}</translation>
    </message>
    <message>
        <source>the model has no layer {name}; its layers are: {names}</source>
        <translation>el modelo no tiene ninguna capa {name}; sus capas son: {names}</translation>
    </message>
    <message>
        <source>no activation recorded for layer {name}</source>
        <translation>no hay ninguna activación registrada para la capa {name}</translation>
    </message>
    <message>
        <source>layer {name} uses the activation {activation}, not one Convscope computes</source>
        <translation>la capa {name} usa la activación {activation}, que Convscope no sabe calcular</translation>
    </message>
    <message>
        <source>channel {channel} is out of range: layer {name} has {channels} (0..{last})</source>
        <translation>el canal {channel} no existe: la capa {name} tiene {channels} (0..{last})</translation>
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
        <source>layer {name} is {a_type}, not a pooling layer</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>la capa {name} es de tipo {type}, no una capa de pooling</translation>
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
        <source>layer {name}, position ({row}, {col}), channel {channel}</source>
        <translation>capa {name}, posición ({row}, {col}), canal {channel}</translation>
    </message>
    <message>
        <source>input 28x28 (&apos;.&apos; marks the receptive field: {box}):</source>
        <translation>entrada de 28x28 (&apos;.&apos; marca el campo receptivo: {box}):</translation>
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
        <source>mean = {x}</source>
        <translation>media = {x}</translation>
    </message>
    <message>
        <source>max = {x} at row {row}, column {col} (in brackets)</source>
        <translation>máximo = {x} en la fila {row}, columna {col} (entre corchetes)</translation>
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
        <source>layer {name} is {a_type}; only convolution and pooling layers can be explained by window: {choices}</source>
        <extracomment>{a_type}: the layer type after an English article; {type}: the bare type</extracomment>
        <translation>la capa {name} es de tipo {type}; solo las capas de convolución y de pooling se pueden explicar por su ventana: {choices}</translation>
    </message>
</context>
<context>
    <name>export.handout</name>
    <message>
        <source>as recorded in the model file</source>
        <translation>según el archivo del modelo</translation>
    </message>
    <message>
        <source>no test digits ({reason})</source>
        <translation>no hay dígitos de prueba ({reason})</translation>
    </message>
    <message>
        <source>measured just now</source>
        <translation>medido ahora mismo</translation>
    </message>
    <message>
        <source>Convscope lesson handout, made {moment} from {source}.</source>
        <translation>Ficha de clase de Convscope, creada el {moment} a partir de {source}.</translation>
    </message>
    <message>
        <source>Convscope lesson handout, made {moment}.</source>
        <translation>Ficha de clase de Convscope, creada el {moment}.</translation>
    </message>
    <message>
        <source>{filename}: save a handout as .html</source>
        <translation>{filename}: guarda la ficha como .html</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {reason}</source>
        <translation>no se puede escribir en {directory}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {filename}: {reason}</source>
        <translation>no se puede escribir {filename}: {reason}</translation>
    </message>
    <message>
        <source>How the network {name} reads a handwritten digit</source>
        <translation>Cómo lee la red {name} un dígito escrito a mano</translation>
    </message>
    <message>
        <source>Print this page, or save it as PDF from the browser&apos;s print dialog; drag any picture into your slides.</source>
        <translation>Imprime esta página o guárdala como PDF desde el diálogo de impresión del navegador; puedes arrastrar cualquier imagen a tus diapositivas.</translation>
    </message>
    <message>
        <source>Convscope handout: {name}</source>
        <translation>Ficha de Convscope: {name}</translation>
    </message>
</context>
<context>
    <name>export.replay</name>
    <message>
        <source>there is no training run to replay: train a model on the Train tab</source>
        <translation>no hay ningún entrenamiento que reproducir: entrena un modelo en la pestaña Entrenar</translation>
    </message>
    <message>
        <source>snapshot {n} ({moment}) does not fit: {reason}</source>
        <translation>la instantánea {n} ({moment}) no encaja: {reason}</translation>
    </message>
    <message>
        <source>Training replay: {moment}</source>
        <translation>Repetición del entrenamiento: {moment}</translation>
    </message>
    <message>
        <source>The same digit through the network as it was at each moment of its training run: its first filters, what they find in the digit, and its answer.</source>
        <translation>El mismo dígito a través de la red tal como era en cada momento de su entrenamiento: sus primeros filtros, lo que encuentran en el dígito y su respuesta.</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Tu dígito</translation>
    </message>
    <message>
        <source>Its answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Snapshot {n} of {total}</source>
        <translation>Instantánea {n} de {total}</translation>
    </message>
    <message>
        <source>First layer ({name}): filters and their maps</source>
        <translation>Primera capa ({name}): filtros y sus mapas</translation>
    </message>
    <message>
        <source>First layer ({name}): first units&apos; weights</source>
        <translation>Primera capa ({name}): pesos de neuronas</translation>
    </message>
</context>
<context>
    <name>export.sections</name>
    <message>
        <source>In the app&apos;s words: not sure, {label} or {runner}?</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>En palabras de la aplicación: no está seguro, ¿{label} o {runner}?</translation>
    </message>
    <message>
        <source>In the app&apos;s words: this may not be a digit.</source>
        <translation>En palabras de la aplicación: puede que esto no sea un dígito.</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <source>In the app&apos;s words: {kind}.</source>
        <translation>En palabras de la aplicación: {kind}.</translation>
    </message>
    <message>
        <source>the digit, 28 by 28 pixels</source>
        <translation>el dígito, 28 por 28 píxeles</translation>
    </message>
    <message>
        <source>the answer for each digit</source>
        <translation>la respuesta para cada dígito</translation>
    </message>
    <message>
        <source>Your digit and the answer</source>
        <translation>Tu dígito y la respuesta</translation>
    </message>
    <message>
        <source>The network sees your digit as 28×28 brightness values (left). It gives every digit a probability (right) and answers {guess}, {sure} % sure. {verdict}</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>La red ve tu dígito como 28×28 valores de brillo (izquierda). Da a cada dígito una probabilidad (derecha) y lee {guess}, con un {sure} % de confianza. {verdict}</translation>
    </message>
    <message>
        <source>slides {filters} filters of {k} over its input: one feature map per filter</source>
        <translation>desliza {filters} filtros de {k} sobre su entrada: un mapa de características por filtro</translation>
    </message>
    <message>
        <source>keeps the largest value of each {k} window: smaller maps, more tolerance</source>
        <translation>se queda con el valor más grande de cada ventana de {k}: mapas más pequeños, más tolerancia</translation>
    </message>
    <message>
        <source>keeps the mean of each {k} window: smaller maps</source>
        <translation>se queda con la media de cada ventana de {k}: mapas más pequeños</translation>
    </message>
    <message>
        <source>rescales each map to a steady range, which helps training</source>
        <translation>lleva cada mapa a un rango estable, lo que ayuda al entrenamiento</translation>
    </message>
    <message>
        <source>unrolls the stack of maps into one long row of features</source>
        <translation>aplana la pila de mapas en una larga fila de características</translation>
    </message>
    <message>
        <source>switches off random values while training; does nothing when reading</source>
        <translation>apaga valores al azar durante el entrenamiento; al leer no hace nada</translation>
    </message>
    <message>
        <source>applies its activation to every value</source>
        <translation>aplica su activación a cada valor</translation>
    </message>
    <message>
        <source>combines all its inputs into {units} scores</source>
        <translation>combina todas sus entradas en {units} puntuaciones</translation>
    </message>
    <message>
        <source>gives one score per digit, 0 to 9: the highest is the answer</source>
        <translation>da una puntuación a cada dígito, del 0 al 9: la más alta es la respuesta</translation>
    </message>
    <message>
        <source>passes its input on, changed</source>
        <translation>pasa su entrada, transformada</translation>
    </message>
    <message>
        <source>its</source>
        <translation>sus</translation>
    </message>
    <message>
        <source>several</source>
        <translation>varias</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>capas</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>The network, layer by layer</source>
        <translation>La red, capa a capa</translation>
    </message>
    <message>
        <source>{nlayers} and {parameters} (weights and biases), all learned from examples. The digit goes through them from top to bottom.</source>
        <translation>{nlayers} y {parameters} (pesos y sesgos), todos aprendidos a partir de ejemplos. El dígito las atraviesa de arriba abajo.</translation>
    </message>
    <message>
        <source>{percent} % of {ndigits} read correctly ({source}). The test digits were kept apart during training, so this is how the network does on handwriting it has never seen.</source>
        <translation>{percent} % de {ndigits} leídos correctamente ({source}). Los dígitos de prueba se apartaron durante el entrenamiento, así que esto muestra cómo le va a la red con letra que nunca ha visto.</translation>
    </message>
    <message>
        <source>The most common mistake: {true} read as {got} ({times}).</source>
        <extracomment>digits come with their article (model.words.with_article): &quot;a 7&quot;, &quot;eine 7&quot;, &quot;un 7&quot;</extracomment>
        <translation>El error más frecuente: {true} leído como {got} ({times}).</translation>
    </message>
    <message>
        <source>output of {name}</source>
        <translation>salida de {name}</translation>
    </message>
    <message>
        <source>Each of the {filters} of {name} is a {k}×{k} grid of weights: red weights add, blue ones subtract. A filter responds where the digit looks like it: an edge, a stroke in one direction.</source>
        <translation>Cada uno de los {filters} de {name} es una cuadrícula de {k}×{k} pesos: los pesos rojos suman, los azules restan. Un filtro responde donde el dígito se le parece: un borde, un trazo en una dirección.</translation>
    </message>
    <message>
        <source>{name} has no filters: each unit weighs all 784 pixels at once. Here are the weights of its first {units} as 28×28 pictures: red adds, blue subtracts.</source>
        <translation>{name} no tiene filtros: cada neurona pondera los 784 píxeles a la vez. Aquí están los pesos de sus primeras {units} como imágenes de 28×28: el rojo suma, el azul resta.</translation>
    </message>
    <message>
        <source>the weights of {name}</source>
        <translation>los pesos de {name}</translation>
    </message>
    <message>
        <source>Not measured: {reason}</source>
        <translation>Sin medir: {reason}</translation>
    </message>
    <message>
        <source>test digit</source>
        <translation>dígito de prueba</translation>
    </message>
    <message>
        <source>test digits</source>
        <translation>dígitos de prueba</translation>
    </message>
    <message>
        <source>How often it is right</source>
        <translation>Con qué frecuencia acierta</translation>
    </message>
    <message>
        <source>Which digits it mixes up</source>
        <translation>Qué dígitos confunde</translation>
    </message>
    <message>
        <source>Not available: the test digits could not be read.</source>
        <translation>No disponible: no se pudieron cargar los dígitos de prueba.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vez</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>It made no mistakes.</source>
        <translation>No cometió ningún error.</translation>
    </message>
    <message>
        <source>true \ read as</source>
        <translation>real \ leído como</translation>
    </message>
    <message>
        <source>Each row is the true digit, each column the network&apos;s answer. The green diagonal counts the digits read right; every other number is a mistake, shaded darker the more often it happens. {worst}</source>
        <translation>Cada fila es el dígito real; cada columna, la respuesta de la red. La diagonal verde cuenta los dígitos leídos bien; cualquier otro número es un error, más oscuro cuanto más a menudo ocurre. {worst}</translation>
    </message>
    <message>
        <source>What each layer made of your digit. A tile is one feature map: bright where its filter found its pattern. After Flatten, each square is one value of the long row; the last layer&apos;s squares are the ten scores.</source>
        <translation>Lo que cada capa hizo con tu dígito. Cada recuadro es un mapa de características: brillante donde su filtro encontró su patrón. Después de Flatten, cada cuadrado es un valor de la larga fila; los cuadrados de la última capa son las diez puntuaciones.</translation>
    </message>
    <message>
        <source>Your digit through every layer</source>
        <translation>Tu dígito a través de cada capa</translation>
    </message>
    <message>
        <source>The first layer&apos;s filters</source>
        <translation>Los filtros de la primera capa</translation>
    </message>
    <message>
        <source>This network has none.</source>
        <translation>Esta red no tiene.</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>neurona</translation>
    </message>
    <message>
        <source>units</source>
        <translation>neuronas</translation>
    </message>
</context>
<context>
    <name>export.slide</name>
    <message>
        <source>this network has no convolution layer, so there is no filter to slide</source>
        <translation>esta red no tiene ninguna capa de convolución, así que no hay ningún filtro que deslizar</translation>
    </message>
    <message>
        <source>an animation needs at least one frame, not {frames}</source>
        <translation>una animación necesita al menos un fotograma, no {frames}</translation>
    </message>
    <message>
        <source>{name} is not a convolution layer; try one of {names}</source>
        <translation>{name} no es una capa de convolución; prueba con una de estas: {names}</translation>
    </message>
    <message>
        <source>{name} has filters 0 to {last}, not {channel}</source>
        <translation>{name} tiene los filtros del 0 al {last}, no el {channel}</translation>
    </message>
    <message>
        <source>Slide the filter: {name}, filter {channel}</source>
        <translation>Desliza el filtro: {name}, filtro {channel}</translation>
    </message>
    <message>
        <source>The {kh}×{kw} filter multiplies the window under it by its weights and adds them up, plus a bias: one value of the feature map. Green: the pixels this value sees.</source>
        <translation>El filtro de {kh}×{kw} multiplica la ventana que tiene debajo por sus pesos y lo suma todo, más un sesgo: un valor del mapa de características. En verde: los píxeles que ve este valor.</translation>
    </message>
    <message>
        <source>Your digit, 28×28</source>
        <translation>Tu dígito, 28×28</translation>
    </message>
    <message>
        <source>Feature map being built, {h}×{w}</source>
        <translation>Mapa en construcción, {h}×{w}</translation>
    </message>
    <message>
        <source>Row {row}, column {col}: sum {sum} {sign} bias {bias} = {pre} → {activation} → {x}</source>
        <translation>Fila {row}, columna {col}: suma {sum} {sign} sesgo {bias} = {pre} → {activation} → {x}</translation>
    </message>
    <message>
        <source>Filter weights</source>
        <translation>Pesos del filtro</translation>
    </message>
    <message>
        <source>red adds, blue subtracts</source>
        <translation>el rojo suma, el azul resta</translation>
    </message>
    <message>
        <source>(input channel {k} of {depth})</source>
        <translation>(canal de entrada {k} de {depth})</translation>
    </message>
</context>
<context>
    <name>export.sweep</name>
    <message>
        <source>moving the digit sideways</source>
        <translation>mover el dígito hacia los lados</translation>
    </message>
    <message>
        <source>turning the digit</source>
        <translation>girar el dígito</translation>
    </message>
    <message>
        <source>shrinking and enlarging the digit</source>
        <translation>encoger y agrandar el dígito</translation>
    </message>
    <message>
        <source>thinner and thicker strokes</source>
        <translation>trazos más finos y más gruesos</translation>
    </message>
    <message>
        <source>adding noise</source>
        <translation>añadir ruido</translation>
    </message>
    <message>
        <source>not moved</source>
        <translation>sin mover</translation>
    </message>
    <message>
        <source>moved {px} px right</source>
        <translation>movido {px} px a la derecha</translation>
    </message>
    <message>
        <source>moved {px} px left</source>
        <translation>movido {px} px a la izquierda</translation>
    </message>
    <message>
        <source>not turned</source>
        <translation>sin girar</translation>
    </message>
    <message>
        <source>turned {degrees}° anticlockwise</source>
        <translation>girado {degrees}° en sentido antihorario</translation>
    </message>
    <message>
        <source>turned {degrees}° clockwise</source>
        <translation>girado {degrees}° en sentido horario</translation>
    </message>
    <message>
        <source>{times} times its size</source>
        <translation>{times} veces su tamaño</translation>
    </message>
    <message>
        <source>strokes as drawn</source>
        <translation>trazos tal como se dibujaron</translation>
    </message>
    <message>
        <source>strokes {px} px on each side</source>
        <translation>trazos {px} px por cada lado</translation>
    </message>
    <message>
        <source>noise {amount}</source>
        <translation>ruido {amount}</translation>
    </message>
    <message>
        <source>no sweep called {sweep}; try one of {names}</source>
        <translation>no hay ningún barrido llamado {sweep}; prueba con uno de estos: {names}</translation>
    </message>
    <message>
        <source>a sweep needs at least 2 frames, not {frames}</source>
        <translation>un barrido necesita al menos 2 fotogramas, no {frames}</translation>
    </message>
    <message>
        <source>there is no network to answer</source>
        <translation>no hay ninguna red que responda</translation>
    </message>
    <message>
        <source>Robustness: {topic}</source>
        <translation>Robustez: {topic}</translation>
    </message>
    <message>
        <source>The digit changes a little more in every frame; the bars show what each network answers. A network that keeps its answer copes with digits written that way.</source>
        <translation>El dígito cambia un poco más en cada fotograma; las barras muestran lo que responde cada red. Una red que mantiene su respuesta se las arregla con dígitos escritos así.</translation>
    </message>
</context>
<context>
    <name>export.writer</name>
    <message>
        <source>{filename}: save an animation as .gif or .webp</source>
        <translation>{filename}: guarda la animación como .gif o .webp</translation>
    </message>
    <message>
        <source>there are no frames to write</source>
        <translation>no hay fotogramas que escribir</translation>
    </message>
    <message>
        <source>cannot write in {directory}: {reason}</source>
        <translation>no se puede escribir en {directory}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {filename}: {reason}</source>
        <translation>no se puede escribir {filename}: {reason}</translation>
    </message>
</context>
</TS>
