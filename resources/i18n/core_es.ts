<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>architectures</name>
    <message>
        <source>the architecture has no layers</source>
        <translation>la arquitectura no tiene capas</translation>
    </message>
    <message>
        <source>layer {n}: expected a dict of settings, got {raw}</source>
        <translation>capa {n}: se esperaba un diccionario (dict) de ajustes y llegó {raw}</translation>
    </message>
    <message>
        <source>layer {n}: unknown type {kind}; use one of {names}</source>
        <translation>capa {n}: tipo desconocido {kind}; usa uno de {names}</translation>
    </message>
    <message>
        <source>layer {n} ({kind})</source>
        <translation>capa {n} ({kind})</translation>
    </message>
    <message>
        <source>the last layer must be Dense with {n} units, one per digit (it is {type})</source>
        <translation>la última capa debe ser Dense con {n} unidades, una por dígito (es {type})</translation>
    </message>
    <message>
        <source>the last layer needs activation 'softmax' so its outputs are probabilities</source>
        <translation>la última capa necesita la activación 'softmax' para que sus salidas sean probabilidades</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <source>pooling window</source>
        <translation>ventana de pooling</translation>
    </message>
    <message>
        <source>{place}: {part} must be a whole number or a pair, not {given}</source>
        <translation>{place}: {part} debe ser un número entero o un par, no {given}</translation>
    </message>
    <message>
        <source>{place}: {part} must be at least 1, not {given}</source>
        <translation>{place}: {part} debe ser al menos 1, no {given}</translation>
    </message>
    <message>
        <source>{place}: unknown setting {names}</source>
        <translation>{place}: ajuste desconocido {names}</translation>
    </message>
    <message>
        <source>{place}: name {name} must be a simple identifier</source>
        <translation>{place}: el nombre {name} debe ser un identificador simple (letras, dígitos, _)</translation>
    </message>
    <message>
        <source>{place}: the name {name} is used twice</source>
        <translation>{place}: el nombre {name} está repetido</translation>
    </message>
    <message>
        <source>{place}: unknown activation {activation}; use one of {names}</source>
        <translation>{place}: activación desconocida {activation}; usa una de {names}</translation>
    </message>
    <message>
        <source>{place}: receives {a_size} map; add a Flatten layer before it to unroll the map into a vector</source>
        <translation>{place}: recibe un mapa de {size}; añade antes una capa Flatten que aplane el mapa en un vector</translation>
    </message>
    <message>
        <source>{place}: units must be a whole number of at least 1</source>
        <translation>{place}: las unidades (units) deben ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>{place}: the input is already flat; remove this layer</source>
        <translation>{place}: la entrada ya es plana; quita esta capa</translation>
    </message>
    <message>
        <source>{place}: rate must be a fraction from 0 up to (not including) 1</source>
        <translation>{place}: rate debe ser una fracción desde 0 hasta 1 (sin incluir el 1)</translation>
    </message>
    <message>
        <source>{place}: momentum must be a fraction from 0 up to (not including) 1</source>
        <translation>{place}: momentum debe ser una fracción desde 0 hasta 1 (sin incluir el 1)</translation>
    </message>
    <message>
        <source>{place}: needs a 2-D feature map, but the input was already flattened to {shape}; move it before Flatten</source>
        <translation>{place}: necesita un mapa de características 2D, pero la entrada ya se aplanó a {shape}; muévela antes de Flatten</translation>
    </message>
    <message>
        <source>{place}: padding must be 'valid' or 'same', not {padding}</source>
        <translation>{place}: padding debe ser 'valid' o 'same', no {padding}</translation>
    </message>
    <message>
        <source>{place}: filters must be a whole number of at least 1</source>
        <translation>{place}: el número de filtros debe ser un entero de al menos 1</translation>
    </message>
    <message>
        <source>{place}: its {kh}x{kw} {part} is larger than its {h}x{w} input; use a smaller one or padding 'same'</source>
        <translation>{place}: su {part} de {kh}x{kw} es mayor que su entrada de {h}x{w}; usa un tamaño menor o padding 'same'</translation>
    </message>
    <message>
        <source>{place}: the feature map would shrink below 1x1 (from {h}x{w})</source>
        <translation>{place}: el mapa de características quedaría por debajo de 1x1 (desde {h}x{w})</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(given)r</source>
        <translation>valor de %(type)s no válido: %(given)r</translation>
    </message>
    <message>
        <source>invalid choice: %(given)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(given)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>commands.calibrate</name>
    <message>
        <source>fit a model's 'not sure' threshold to MNIST test digits and store it in the file</source>
        <translation>ajusta el umbral de «no está seguro» de un modelo con dígitos de prueba de MNIST y lo guarda en el archivo</translation>
    </message>
    <message>
        <source>Fit the temperature and the 'not sure' thresholds on the first half of MNIST's test digits, check them on the second half, and write them into the model file's metadata (the network itself is not changed).</source>
        <translation>Ajusta la temperatura y los umbrales de «no está seguro» con la primera mitad de los dígitos de prueba de MNIST, los comprueba con la segunda mitad y los escribe en los metadatos del archivo del modelo (la red en sí no cambia).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>a .keras file</source>
        <translation>un archivo .keras</translation>
    </message>
    <message>
        <source>the share of calibration digits allowed to be flagged (default 0.025)</source>
        <translation>proporción de dígitos de calibración que pueden marcarse como dudosos (por defecto 0,025)</translation>
    </message>
    <message>
        <source>MNIST in Keras's .npz format</source>
        <translation>MNIST en el formato .npz de Keras</translation>
    </message>
    <message>
        <source>print the calibration as JSON</source>
        <translation>imprime la calibración como JSON</translation>
    </message>
    <message>
        <source>--false-alarm must be between 0 and 0.5, not {given}</source>
        <translation>--false-alarm debe estar entre 0 y 0,5, no {given}</translation>
    </message>
    <message>
        <source>{path}: temperature {temperature}; 'not sure' below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation>{path}: temperatura {temperature}; «no está seguro» por debajo de una puntuación máxima de {threshold}, lo que marca el {share} de los otros {n} dígitos de prueba</translation>
    </message>
</context>
<context>
    <name>commands.classify</name>
    <message>
        <source>classify image files</source>
        <translation>clasifica archivos de imagen</translation>
    </message>
    <message>
        <source>Classify one or more images of digits: each as one digit, and, when it holds several (a number), each of them too.</source>
        <translation>Clasifica una o varias imágenes de dígitos: cada una como un dígito y, si contiene varios (un número), también cada uno de ellos.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>print a JSON list, one object per image</source>
        <translation>imprime una lista JSON, un objeto por imagen</translation>
    </message>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>runner-up</source>
        <translation>segunda opción</translation>
    </message>
    <message>
        <source>blank: no digit found</source>
        <translation>vacía: no se encontró ningún dígito</translation>
    </message>
    <message>
        <source>may not be a digit</source>
        <translation>quizá no sea un dígito</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>no está seguro</translation>
    </message>
    <message>
        <source>number: {number}</source>
        <translation>número: {number}</translation>
    </message>
</context>
<context>
    <name>commands.common</name>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>MNIST test digits {first}-{last}</source>
        <translation>dígitos de prueba de MNIST {first}–{last}</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>no hay ningún modelo en {path}; entrena uno con: {command}</translation>
    </message>
</context>
<context>
    <name>commands.compare</name>
    <message>
        <source>two models on the same test digits: accuracy, agreement, disagreements</source>
        <translation>dos modelos con los mismos dígitos de prueba: precisión, coincidencias y discrepancias</translation>
    </message>
    <message>
        <source>Run two models on the same MNIST test digits and list the digits on which they give different answers (indices into the test set).</source>
        <translation>Ejecuta dos modelos con los mismos dígitos de prueba de MNIST y enumera los dígitos en los que dan respuestas distintas (índices del conjunto de prueba).</translation>
    </message>
    <message>
        <source>the first model file</source>
        <translation>el primer archivo de modelo</translation>
    </message>
    <message>
        <source>the second model file</source>
        <translation>el segundo archivo de modelo</translation>
    </message>
    <message>
        <source>test digits (default: all 10,000)</source>
        <translation>dígitos de prueba (por defecto: los 10.000)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>print the comparison as JSON</source>
        <translation>imprime la comparación como JSON</translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation>--n debe ser al menos 1, no {n}</translation>
    </message>
    <message>
        <source>on the first {n} test digits:</source>
        <translation>con los primeros {n} dígitos de prueba:</translation>
    </message>
    <message>
        <source>  {name}: {pct} % right</source>
        <translation>  {name}: {pct} % de aciertos</translation>
    </message>
    <message>
        <source>  they agree on {pct} %; they disagree on {n} digits</source>
        <translation>  coinciden en el {pct} %; discrepan en {n} dígitos</translation>
    </message>
</context>
<context>
    <name>commands.evaluate</name>
    <message>
        <source>test accuracy and confusion matrix on MNIST's test set</source>
        <translation>precisión y matriz de confusión con el conjunto de prueba de MNIST</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>use the first N test digits only</source>
        <translation>usa solo los primeros N dígitos de prueba</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>imprime las cifras como JSON</translation>
    </message>
    <message>
        <source>model {path}: test accuracy {pct} on {count}</source>
        <translation>modelo {path}: precisión de prueba {pct} con {count}</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>per class: {figures}</source>
        <translation>por clase: {figures}</translation>
    </message>
    <message>
        <source>confusion matrix (rows: true digit, columns: predicted):</source>
        <translation>matriz de confusión (filas: dígito real, columnas: predicho):</translation>
    </message>
</context>
<context>
    <name>commands.explain</name>
    <message>
        <source>take one value of a conv or pooling layer apart</source>
        <translation>desglosa un valor de una capa de convolución o de pooling</translation>
    </message>
    <message>
        <source>Show how one value of a feature map was computed for the digit in IMAGE: the filter's window, weights, sum, bias and activation, or the pooling window and its winner.</source>
        <translation>Muestra cómo se calculó un valor de un mapa de características para el dígito de IMAGEN: la ventana del filtro, los pesos, la suma, el sesgo y la activación, o la ventana de pooling y su ganador.</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <source>a Conv2D or pooling layer's name</source>
        <translation>el nombre de una capa Conv2D o de pooling</translation>
    </message>
    <message>
        <source>ROW,COL</source>
        <translation>FILA,COLUMNA</translation>
    </message>
    <message>
        <source>position in that layer's feature map, from 0</source>
        <translation>posición en el mapa de características de esa capa, contando desde 0</translation>
    </message>
    <message>
        <source>feature map (channel), default 0</source>
        <translation>mapa de características (canal), por defecto 0</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>print the numbers as JSON</source>
        <translation>imprime los números como JSON</translation>
    </message>
    <message>
        <source>{option} must be ROW,COL (two whole numbers), not {given}</source>
        <translation>{option} debe ser FILA,COLUMNA (dos números enteros), no {given}</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation>{path}: vacía, no se encontró ningún dígito; no hay nada que explicar</translation>
    </message>
</context>
<context>
    <name>commands.export_animation</name>
    <message>
        <source>write an animated GIF or WebP: the filter sliding, or a robustness sweep</source>
        <translation>escribe un GIF o WebP animado: el filtro deslizándose o un barrido de robustez</translation>
    </message>
    <message>
        <source>Write an animation of the digit in IMAGE for slides. 'slide': a convolution filter slides over the digit and builds its feature map. 'sweep': the digit is moved, turned, resized, thickened or spoiled step by step while two networks answer. The suffix of {option} chooses GIF or WebP.</source>
        <translation>Escribe una animación del dígito de IMAGEN para diapositivas. 'slide': un filtro de convolución se desliza sobre el dígito y construye su mapa de características. 'sweep': el dígito se mueve, gira, cambia de tamaño, engorda o se ensucia paso a paso mientras dos redes responden. La extensión de {option} elige GIF o WebP.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>slide or sweep</source>
        <translation>slide o sweep</translation>
    </message>
    <message>
        <source>IMG</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation>imagen de un solo dígito</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>.gif or .webp file to write</source>
        <translation>archivo .gif o .webp que se escribirá</translation>
    </message>
    <message>
        <source>number of frames (default 60)</source>
        <translation>número de fotogramas (por defecto 60)</translation>
    </message>
    <message>
        <source>slide: the conv layer (default: the first)</source>
        <translation>slide: la capa de convolución (por defecto: la primera)</translation>
    </message>
    <message>
        <source>slide: which filter (default: the one responding most to the digit)</source>
        <translation>slide: qué filtro (por defecto: el que más responde al dígito)</translation>
    </message>
    <message>
        <source>sweep: what changes (default: turn)</source>
        <translation>sweep: qué cambia (por defecto: se gira el dígito)</translation>
    </message>
    <message>
        <source>sweep: the second network (default: the shipped mlp.keras; 'none' for none)</source>
        <translation>sweep: la segunda red (por defecto: el mlp.keras incluido; 'none' para ninguna)</translation>
    </message>
    <message>
        <source>--frames must be at least 1, not {n}</source>
        <translation>--frames debe ser al menos 1, no {n}</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to animate</source>
        <translation>{path}: vacía, no se encontró ningún dígito; no hay nada que animar</translation>
    </message>
    <message>
        <source>wrote {path} ({n} frames)</source>
        <translation>se escribió {path} ({n} fotogramas)</translation>
    </message>
</context>
<context>
    <name>commands.export_handout</name>
    <message>
        <source>write a one-file HTML lesson handout of a model and a digit</source>
        <translation>escribe una ficha de clase en un solo archivo HTML sobre un modelo y un dígito</translation>
    </message>
    <message>
        <source>Write one HTML file with its pictures inside: the digit in IMAGE and the network's answer, the network's layers, its accuracy and confusion matrix on the MNIST test digits, the digit through every layer and the first layer's filters. Open it in a browser to print it or save it as PDF; drag its pictures into slides.</source>
        <translation>Escribe un archivo HTML con sus imágenes dentro: el dígito de IMAGEN y la respuesta de la red, las capas de la red, su precisión y matriz de confusión con los dígitos de prueba de MNIST, el dígito a través de cada capa y los filtros de la primera capa. Ábrelo en un navegador para imprimirlo o guardarlo como PDF; arrastra sus imágenes a tus diapositivas.</translation>
    </message>
    <message>
        <source>IMG</source>
        <translation>IMAGEN</translation>
    </message>
    <message>
        <source>picture of one digit</source>
        <translation>imagen de un solo dígito</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>HTML file to write</source>
        <translation>archivo HTML que se escribirá</translation>
    </message>
    <message>
        <source>MNIST .npz file to measure on (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST con el que medir (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>{option} {path}: the handout is an .html file</source>
        <translation>{option} {path}: la ficha es un archivo .html</translation>
    </message>
    <message>
        <source>wrote {path} ({name})</source>
        <translation>se escribió {path} ({name})</translation>
    </message>
    <message>
        <source>wrote {path} ({name}, {pct} % on the test digits)</source>
        <translation>se escribió {path} ({name}, {pct} % con los dígitos de prueba)</translation>
    </message>
    <message>
        <source>{path}: blank, no digit found; nothing to explain</source>
        <translation>{path}: vacía, no se encontró ningún dígito; no hay nada que explicar</translation>
    </message>
</context>
<context>
    <name>commands.info</name>
    <message>
        <source>layers, shapes, parameters and metadata of a model file</source>
        <translation>capas, formas, parámetros y metadatos de un archivo de modelo</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>print as JSON</source>
        <translation>imprime como JSON</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preajuste</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>precisión de prueba</translation>
    </message>
    <message>
        <source>epochs completed</source>
        <translation>épocas completadas</translation>
    </message>
    <message>
        <source>train seconds</source>
        <translation>segundos de entrenamiento</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>command</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>total parameters: {n}</source>
        <translation>parámetros en total: {n}</translation>
    </message>
</context>
<context>
    <name>commands.probes</name>
    <message>
        <source>what each layer already knows: a linear read-out of every layer</source>
        <translation>lo que ya sabe cada capa: una lectura lineal de cada capa</translation>
    </message>
    <message>
        <source>Train a linear classifier (multinomial logistic regression) on each layer's output for a seeded sample of training digits, and score it on test digits: how well the digit can be read off what the network has computed so far. The first entry is the raw pixels, the baseline.</source>
        <translation>Entrena un clasificador lineal (regresión logística multinomial) con la salida de cada capa para una muestra reproducible de dígitos de entrenamiento y lo evalúa con dígitos de prueba: qué tan bien se puede leer el dígito a partir de lo que la red ha calculado hasta ahí. La primera fila son los píxeles en bruto, la referencia.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model file (default: the shipped default.keras)</source>
        <translation>archivo del modelo (por defecto: el default.keras incluido)</translation>
    </message>
    <message>
        <source>training digits (default 4000)</source>
        <translation>dígitos de entrenamiento (por defecto 4000)</translation>
    </message>
    <message>
        <source>seed of the digit samples</source>
        <translation>semilla para elegir los dígitos</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>print the read-outs as JSON</source>
        <translation>imprime las lecturas como JSON</translation>
    </message>
    <message>
        <source>--n must be at least 10, not {n}</source>
        <translation>--n debe ser al menos 10, no {n}</translation>
    </message>
    <message>
        <source>what each layer of {name} already knows: a linear read-out trained on {n_train} training digits, scored on {n_test} test digits ({seconds} s)</source>
        <translation>lo que ya sabe cada capa de {name}: una lectura lineal entrenada con {n_train} dígitos de entrenamiento y evaluada con {n_test} dígitos de prueba ({seconds} s)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <source>read by</source>
        <translation>leídos</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>precisión</translation>
    </message>
</context>
<context>
    <name>commands.progress</name>
    <message>
        <source>epoch {n}/{total} [{bar}] loss {l} acc {a} {speed}/s ETA {eta}  </source>
        <translation>época {n}/{total} [{bar}] pérdida {l} prec. {a} {speed}/s faltan {eta}  </translation>
    </message>
    <message>
        <source>epoch {n}/{total}</source>
        <translation>época {n}/{total}</translation>
    </message>
    <message>
        <source>loss {x}</source>
        <translation>pérdida {x}</translation>
    </message>
    <message>
        <source>accuracy {x}</source>
        <translation>precisión {x}</translation>
    </message>
    <message>
        <source>val_loss {x}</source>
        <translation>pérdida de validación {x}</translation>
    </message>
    <message>
        <source>val_accuracy {x}</source>
        <translation>precisión de validación {x}</translation>
    </message>
</context>
<context>
    <name>commands.robustness</name>
    <message>
        <source>accuracy of models as test digits are shifted and rotated</source>
        <translation>precisión de los modelos cuando los dígitos de prueba se desplazan y giran</translation>
    </message>
    <message>
        <source>Move a seeded sample of test digits 0 to 6 pixels (each in its own random direction) and turn them by -45 to 45 degrees; print each model's accuracy at every step. A network that keeps its accuracy copes with digits written off centre or slanted.</source>
        <translation>Desplaza una muestra reproducible de dígitos de prueba de 0 a 6 píxeles (cada uno en su propia dirección aleatoria) y los gira de -45 a 45 grados; imprime la precisión de cada modelo en cada paso. Una red que mantiene su precisión sabe leer dígitos descentrados o inclinados.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>model files to compare (default: the shipped default.keras and mlp.keras)</source>
        <translation>archivos de modelo que comparar (por defecto: default.keras y mlp.keras incluidos)</translation>
    </message>
    <message>
        <source>test digits in the sample (default 1000)</source>
        <translation>dígitos de prueba de la muestra (por defecto 1000)</translation>
    </message>
    <message>
        <source>seed of the sample and directions</source>
        <translation>semilla de la muestra y de las direcciones</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>print the curves as JSON</source>
        <translation>imprime las curvas como JSON</translation>
    </message>
    <message>
        <source>--n must be at least 1, not {n}</source>
        <translation>--n debe ser al menos 1, no {n}</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>no hay ningún modelo en {path}; entrena uno con: {command}</translation>
    </message>
    <message>
        <source>accuracy on {count} (seed {seed}) as they move and turn further</source>
        <translation>precisión con {count} (semilla {seed}) a medida que se desplazan y giran más</translation>
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
        <source>moved by (each digit in its own random direction)</source>
        <translation>desplazados (cada dígito en su propia dirección aleatoria)</translation>
    </message>
    <message>
        <source>turned by (positive: anticlockwise)</source>
        <translation>girados (positivo: en sentido antihorario)</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>grados</translation>
    </message>
</context>
<context>
    <name>commands.train</name>
    <message>
        <source>train a network on MNIST and save it</source>
        <translation>entrena una red con MNIST y la guarda</translation>
    </message>
    <message>
        <source>Train a preset or a JSON architecture on MNIST, evaluate it on the test set and save it with its metadata.</source>
        <translation>Entrena un preajuste o una arquitectura JSON con MNIST, la evalúa con el conjunto de prueba y la guarda con sus metadatos.</translation>
    </message>
    <message>
        <source>architecture: mlp, lenet, default or best (default: default)</source>
        <translation>arquitectura: mlp, lenet, default o best (por defecto: default)</translation>
    </message>
    <message>
        <source>JSON file with a layer list instead of a preset</source>
        <translation>archivo JSON con una lista de capas en lugar de un preajuste</translation>
    </message>
    <message>
        <source>passes over the training set</source>
        <translation>pasadas por el conjunto de entrenamiento (épocas)</translation>
    </message>
    <message>
        <source>digits per weight update</source>
        <translation>dígitos por actualización de los pesos</translation>
    </message>
    <message>
        <source>step size of the optimizer</source>
        <translation>tamaño de paso del optimizador</translation>
    </message>
    <message>
        <source>adam or sgd (with momentum)</source>
        <translation>adam o sgd (con momento)</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>train towards 1-F sure instead of fully sure (0 turns it off)</source>
        <translation>entrena hacia una confianza de 1-F en vez de total (0 lo desactiva)</translation>
    </message>
    <message>
        <source>randomly shift, rotate and zoom training digits</source>
        <translation>desplaza, gira y amplía al azar los dígitos de entrenamiento</translation>
    </message>
    <message>
        <source>fraction held out for validation</source>
        <translation>fracción reservada para la validación</translation>
    </message>
    <message>
        <source>train on the first N digits only</source>
        <translation>entrena solo con los primeros N dígitos</translation>
    </message>
    <message>
        <source>random seed (default 0)</source>
        <translation>semilla aleatoria (por defecto 0)</translation>
    </message>
    <message>
        <source>MNIST .npz file (default: the bundled copy)</source>
        <translation>archivo .npz de MNIST (por defecto: la copia incluida)</translation>
    </message>
    <message>
        <source>save a checkpoint here after every epoch</source>
        <translation>guarda aquí un punto de control tras cada época</translation>
    </message>
    <message>
        <source>also write the run's loss and accuracy here as TensorBoard logs (view with: tensorboard --logdir DIR)</source>
        <translation>escribe además aquí la pérdida y la precisión de la ejecución como registros de TensorBoard (míralos con: tensorboard --logdir DIR)</translation>
    </message>
    <message>
        <source>continue from this checkpoint file</source>
        <translation>continúa desde este archivo de punto de control</translation>
    </message>
    <message>
        <source>default: one device; mirrored: every GPU of this machine (or its logical CPUs); multiworker: the machines TF_CONFIG lists, each running this same command (default: default, or on --resume the run's own)</source>
        <translation>default: un dispositivo; mirrored: todas las GPU de esta máquina (o sus CPU lógicas); multiworker: las máquinas que enumera TF_CONFIG, cada una ejecutando esta misma orden (por defecto: default, o con --resume la de la ejecución)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>also train on your own handwriting: a samples folder made in the app's Lab tab</source>
        <translation>entrena también con tu propia letra: una carpeta de muestras creada en la pestaña Laboratorio de la aplicación</translation>
    </message>
    <message>
        <source>share of the training digits that are varied copies of your samples (default 0.1)</source>
        <translation>proporción de dígitos de entrenamiento que son copias variadas de tus muestras (por defecto 0,1)</translation>
    </message>
    <message>
        <source>where to save the model (.keras)</source>
        <translation>dónde guardar el modelo (.keras)</translation>
    </message>
    <message>
        <source>your handwriting: {count} from {dir}, mixed in as {copies} varied copies ({share} of the digits)</source>
        <translation>tu letra: {count} de {dir}, mezcladas como {copies} copias variadas ({share} de los dígitos)</translation>
    </message>
    <message>
        <source>interrupted; nothing saved to {option} (last checkpoint in {dir})</source>
        <translation>interrumpido; no se guardó nada en {option} (último punto de control en {dir})</translation>
    </message>
    <message>
        <source>interrupted; nothing saved to {option}</source>
        <translation>interrumpido; no se guardó nada en {option}</translation>
    </message>
    <message>
        <source>training {name}: {count}, batch {batch}, {optimizer} lr {lr} ({schedule})</source>
        <translation>entrenando {name}: {count}, lote {batch}, {optimizer}, tasa de aprendizaje {lr} ({schedule})</translation>
    </message>
    <message>
        <source>{option} must name a .keras file, not {path}</source>
        <translation>{option} debe indicar un archivo .keras, no {path}</translation>
    </message>
    <message>
        <source>{option}: folder {dir} does not exist</source>
        <translation>{option}: la carpeta {dir} no existe</translation>
    </message>
    <message>
        <source>{option} {path}: cannot read it as JSON ({reason})</source>
        <translation>{option} {path}: no se puede leer como JSON ({reason})</translation>
    </message>
    <message>
        <source>warning: {dir}: {warning}</source>
        <translation>aviso: {dir}: {warning}</translation>
    </message>
    <message>
        <source>{option} {dir}: no samples to train on</source>
        <translation>{option} {dir}: no hay muestras con las que entrenar</translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s ({speed} digits/s); test accuracy {pct} on {count}</source>
        <translation>{outcome} en {seconds} s ({speed} dígitos/s); precisión de prueba {pct} con {count}</translation>
    </message>
    <message>
        <source>calibrated on {basis}: temperature {temperature}, 'not sure' below a top score of {threshold}, which flags {share} of the other {n} test digits</source>
        <translation>calibrado con {basis}: temperatura {temperature}, «no está seguro» por debajo de una puntuación máxima de {threshold}, lo que marca el {share} de los otros {n} dígitos de prueba</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>muestra</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <source>{outcome} in {seconds} s; the cluster's chief saves the model</source>
        <translation>{outcome} en {seconds} s; la máquina principal (chief) del clúster guarda el modelo</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>, augmented</source>
        <translation>, con aumento de datos</translation>
    </message>
    <message>
        <source>, data {source}</source>
        <translation>, datos {source}</translation>
    </message>
    <message>
        <source>, strategy {strategy}</source>
        <translation>, estrategia {strategy}</translation>
    </message>
    <message>
        <source>your held-out samples: {share} of {n} read correctly</source>
        <translation>tus muestras reservadas: {share} de {n} leídas correctamente</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>se guardó {path}</translation>
    </message>
</context>
<context>
    <name>data.images</name>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{label}: is a folder, not an image</source>
        <translation>{label}: es una carpeta, no una imagen</translation>
    </message>
    <message>
        <source>{label}: the file is empty</source>
        <translation>{label}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{label}: the name says {promised} but the file is a {format} image; refused as mislabelled (rename it to .{suffix} if it is yours)</source>
        <translation>{label}: el nombre dice {promised}, pero el archivo es una imagen {format}; rechazado por estar mal etiquetado (cámbiale la extensión a .{suffix} si es tuyo)</translation>
    </message>
    <message>
        <source>{label}: {width}x{height} is too large (more than {n} megapixels)</source>
        <translation>{label}: {width}x{height} es demasiado grande (más de {n} megapíxeles)</translation>
    </message>
    <message>
        <source>{label}: the image has no pixels</source>
        <translation>{label}: la imagen no tiene píxeles</translation>
    </message>
    <message>
        <source>image data</source>
        <translation>datos de imagen</translation>
    </message>
    <message>
        <source>{label}: too many pixels; refused as a possible decompression bomb</source>
        <translation>{label}: demasiados píxeles; rechazado como posible bomba de descompresión</translation>
    </message>
    <message>
        <source>{label}: not an image in a supported format ({names})</source>
        <translation>{label}: no es una imagen en un formato compatible ({names})</translation>
    </message>
    <message>
        <source>{label}: cannot be decoded ({reason})</source>
        <translation>{label}: no se puede decodificar ({reason})</translation>
    </message>
    <message>
        <source>an image must be 2-D grayscale, RGB or RGBA, not shape {shape}</source>
        <translation>una imagen debe ser 2D en escala de grises, RGB o RGBA, no de forma {shape}</translation>
    </message>
    <message>
        <source>the image has no pixels</source>
        <translation>la imagen no tiene píxeles</translation>
    </message>
</context>
<context>
    <name>data.ink</name>
    <message>
        <source>Enlarged × {zoom}</source>
        <translation>Ampliada × {zoom}</translation>
    </message>
    <message>
        <source>A small picture ({w} × {h} px) is enlarged first, so its ink can be found and cropped precisely.</source>
        <translation>Una imagen pequeña ({w} × {h} px) se amplía primero para poder encontrar y recortar su tinta con precisión.</translation>
    </message>
    <message>
        <source>Paper evened out</source>
        <translation>Papel igualado</translation>
    </message>
    <message>
        <source>The paper's own brightness, estimated around every pixel, is divided out: shadows, uneven light and grey paper leave only the ink.</source>
        <translation>Se descuenta el brillo propio del papel, estimado alrededor de cada píxel: de las sombras, la luz desigual y el papel gris solo queda la tinta.</translation>
    </message>
    <message>
        <source>Grain removed</source>
        <translation>Grano eliminado</translation>
    </message>
    <message>
        <source>Isolated specks of grain and noise are removed.</source>
        <translation>Se eliminan las motas sueltas de grano y ruido.</translation>
    </message>
    <message>
        <source>Removed ruled lines and specks, frames and edges apart from the digit; the digit's connected ink is kept.</source>
        <translation>Se quitaron las líneas del papel y las motas, marcos y bordes separados del dígito; se conserva la tinta conectada del dígito.</translation>
    </message>
    <message>
        <source>Removed ruled lines; the digit's connected ink is kept.</source>
        <translation>Se quitaron las líneas del papel; se conserva la tinta conectada del dígito.</translation>
    </message>
    <message>
        <source>Removed specks, frames and edges apart from the digit; the digit's connected ink is kept.</source>
        <translation>Se quitaron las motas, marcos y bordes separados del dígito; se conserva la tinta conectada del dígito.</translation>
    </message>
    <message>
        <source>Clutter removed</source>
        <translation>Restos eliminados</translation>
    </message>
</context>
<context>
    <name>data.mnist</name>
    <message>
        <source>no MNIST file found: looked for {first} and {second}; pass one with --data</source>
        <translation>no se encontró ningún archivo de MNIST: se buscó {first} y {second}; indica uno con --data</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an .npz file</source>
        <translation>{path}: es una carpeta, no un archivo .npz</translation>
    </message>
    <message>
        <source>{path}: not an MNIST file, missing {names} (has {present})</source>
        <translation>{path}: no es un archivo de MNIST, falta {names} (contiene: {present})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{path}: holds pickled objects, refused for safety</source>
        <translation>{path}: contiene objetos serializados con pickle; rechazado por seguridad</translation>
    </message>
    <message>
        <source>{path}: unreadable .npz ({exc})</source>
        <translation>{path}: archivo .npz ilegible ({exc})</translation>
    </message>
    <message>
        <source>{path}: not a readable .npz file ({name})</source>
        <translation>{path}: no es un archivo .npz legible ({name})</translation>
    </message>
    <message>
        <source>{path}: x_{split} has shape {shape}, expected (N, 28, 28)</source>
        <translation>{path}: x_{split} tiene forma {shape}; se esperaba (N, 28, 28)</translation>
    </message>
    <message>
        <source>{path}: y_{split} has shape {shape}, expected ({n},) to match x_{split}</source>
        <translation>{path}: y_{split} tiene forma {shape}; se esperaba ({n},) para coincidir con x_{split}</translation>
    </message>
    <message>
        <source>{path}: x_{split} is empty</source>
        <translation>{path}: x_{split} está vacío</translation>
    </message>
    <message>
        <source>{path}: x_{split} has dtype {dtype}, expected uint8</source>
        <translation>{path}: x_{split} tiene tipo {dtype}; se esperaba uint8</translation>
    </message>
    <message>
        <source>{path}: x_{split} contains NaN or infinite values</source>
        <translation>{path}: x_{split} contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <source>{path}: x_{split} values lie outside 0..255</source>
        <translation>{path}: hay valores de x_{split} fuera de 0..255</translation>
    </message>
    <message>
        <source>{path}: y_{split} contains NaN or infinite values</source>
        <translation>{path}: y_{split} contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <source>{path}: y_{split} has dtype {dtype}, expected integer labels</source>
        <translation>{path}: y_{split} tiene tipo {dtype}; se esperaban etiquetas enteras</translation>
    </message>
    <message>
        <source>{path}: y_{split} has labels {low}..{high}, expected 0..9</source>
        <translation>{path}: y_{split} tiene etiquetas {low}..{high}; se esperaba 0..9</translation>
    </message>
</context>
<context>
    <name>data.transform</name>
    <message>
        <source>a 28x28 image is needed, not shape {shape}</source>
        <translation>se necesita una imagen de 28x28, no de forma {shape}</translation>
    </message>
    <message>
        <source>the zoom factor must be a positive number</source>
        <translation>el factor de zoom debe ser un número positivo</translation>
    </message>
    <message>
        <source>shifts and rotations must be finite numbers</source>
        <translation>los desplazamientos y giros deben ser números finitos</translation>
    </message>
    <message>
        <source>the thickness change must be a finite number</source>
        <translation>el cambio de grosor debe ser un número finito</translation>
    </message>
    <message>
        <source>the noise level must be zero or a positive number</source>
        <translation>el nivel de ruido debe ser cero o un número positivo</translation>
    </message>
</context>
<context>
    <name>filecheck</name>
    <message>
        <source>{path}: {a_kind} model is not supported; only Sequential</source>
        <translation>{path}: un modelo {kind} no es compatible; solo Sequential</translation>
    </message>
    <message>
        <source>{path}: the model has no layers</source>
        <translation>{path}: el modelo no tiene capas</translation>
    </message>
    <message>
        <source>{path}: contains {a_layer} layer, which Convscope refuses to load</source>
        <translation>{path}: contiene una capa {cls}, que Convscope se niega a cargar</translation>
    </message>
    <message>
        <source>{path}: refers to code outside Keras ({module}.{cls})</source>
        <translation>{path}: hace referencia a código fuera de Keras ({module}.{cls})</translation>
    </message>
    <message>
        <source>{path}: contains {a_thing}, i.e. code; refused</source>
        <translation>{path}: contiene {thing}, es decir, código; rechazado</translation>
    </message>
    <message>
        <source>{path}: uses the custom object {registered}; refused</source>
        <translation>{path}: usa el objeto personalizado {registered}; rechazado</translation>
    </message>
    <message>
        <source>{path}: carries a {key} entry; refused</source>
        <translation>{path}: contiene una entrada {key}; rechazado</translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {shape}, but Convscope gives 28x28x1 images</source>
        <translation>{path}: espera entradas de forma {shape}, pero Convscope da imágenes de 28x28x1</translation>
    </message>
    <message>
        <source>{path}: expects inputs of shape {shape}; re-save it with a 28x28x1 input</source>
        <translation>{path}: espera entradas de forma {shape}; vuelve a guardarlo con una entrada de 28x28x1</translation>
    </message>
    <message>
        <source>{path}: outputs shape {shape}, not 10 digit classes</source>
        <translation>{path}: su salida tiene forma {shape}, no 10 clases de dígitos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the desktop app cannot start: {reason}</source>
        <translation>la aplicación de escritorio no puede iniciarse: {reason}</translation>
    </message>
    <message>
        <source>open the desktop app (the default)</source>
        <translation>abre la aplicación de escritorio (por defecto)</translation>
    </message>
    <message>
        <source>model file to open</source>
        <translation>archivo de modelo que abrir</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <source>render the app's window offscreen to a PNG</source>
        <translation>dibuja la ventana de la aplicación fuera de pantalla en un PNG</translation>
    </message>
    <message>
        <source>Render the real main window offscreen, optionally with an image in the canvas and its prediction shown, save it as a PNG and print the prediction as JSON.</source>
        <translation>Dibuja la ventana principal real fuera de pantalla, si quieres con una imagen en el lienzo y su predicción, la guarda como PNG e imprime la predicción como JSON.</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>archivo PNG que se escribirá</translation>
    </message>
    <message>
        <source>tab to show: {tabs} (default: {default})</source>
        <translation>pestaña que mostrar: {tabs} (por defecto: {default})</translation>
    </message>
    <message>
        <source>image of a digit to load into the canvas</source>
        <translation>imagen de un dígito que cargar en el lienzo</translation>
    </message>
    <message>
        <source>window size WxH (default: 1400x900)</source>
        <translation>tamaño de la ventana AnxAl (por defecto: 1400x900)</translation>
    </message>
    <message>
        <source>model file (default: the shipped one)</source>
        <translation>archivo del modelo (por defecto: el que viene incluido)</translation>
    </message>
    <message>
        <source>light, dark, high-contrast or system (default: light)</source>
        <translation>light, dark, high-contrast o system (por defecto: light)</translation>
    </message>
    <message>
        <source>text and controls' zoom, 0.7 to 2.5 (default: 1)</source>
        <translation>zoom del texto y los controles, de 0,7 a 2,5 (por defecto: 1)</translation>
    </message>
    <message>
        <source>render the window in presenter mode</source>
        <translation>dibuja la ventana en modo presentación</translation>
    </message>
    <message>
        <source>Convscope: see how a convolutional neural network reads handwritten digits. Without a command, opens the desktop app.</source>
        <translation>Convscope: mira cómo una red neuronal convolucional lee dígitos escritos a mano. Sin ninguna orden, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>show full tracebacks on errors</source>
        <translation>muestra la traza completa en caso de error</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>language of the app and of the messages: en, de or es (default: the system's)</source>
        <translation>idioma de la aplicación y de los mensajes: en, de o es (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>model file the app opens with (default: the shipped one)</source>
        <translation>archivo de modelo con el que se abre la aplicación (por defecto: el incluido)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>unexpected {kind}: {reason} (run with --debug for details)</source>
        <translation>error inesperado {kind}: {reason} (ejecuta con --debug para ver los detalles)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>network.layers.base</name>
    <message>
        <source>{part} {given} is not a size</source>
        <translation>{part} {given} no es un tamaño</translation>
    </message>
    <message>
        <source>layer {name} computes in {policy}</source>
        <translation>la capa {name} calcula en {policy}</translation>
    </message>
    <message>
        <source>layer {name} would output the empty shape {output_shape}</source>
        <translation>la capa {name} daría la forma vacía {output_shape}</translation>
    </message>
    <message>
        <source>layer {name}: activation {raw}</source>
        <translation>capa {name}: activación {raw}</translation>
    </message>
    <message>
        <source>layer {name} is channels-first; Convscope needs channels-last</source>
        <translation>la capa {name} pone los canales primero (channels-first); Convscope los necesita al final (channels-last)</translation>
    </message>
</context>
<context>
    <name>network.layers.conv</name>
    <message>
        <source>layer {name} has no filters</source>
        <translation>la capa {name} no tiene filtros</translation>
    </message>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation>la capa {name} tiene el padding {padding}</translation>
    </message>
    <message>
        <source>layer {name} is dilated or grouped</source>
        <translation>la capa {name} es dilatada o agrupada</translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation>la capa {name} necesita un mapa 2D con canales, no {shape}</translation>
    </message>
    <message>
        <source>layer {name}: {shape} channels in {groups} groups</source>
        <translation>capa {name}: {shape} canales en {groups} grupos</translation>
    </message>
</context>
<context>
    <name>network.layers.dense</name>
    <message>
        <source>layer {name} has no units</source>
        <translation>la capa {name} no tiene unidades</translation>
    </message>
    <message>
        <source>layer {name} has LoRA weights</source>
        <translation>la capa {name} tiene pesos LoRA</translation>
    </message>
    <message>
        <source>layer {name} is quantized</source>
        <translation>la capa {name} está cuantizada</translation>
    </message>
    <message>
        <source>layer {name} has no input</source>
        <translation>la capa {name} no tiene entrada</translation>
    </message>
</context>
<context>
    <name>network.layers.elementwise</name>
    <message>
        <source>layer {name} normalises over several axes</source>
        <translation>la capa {name} normaliza sobre varios ejes</translation>
    </message>
    <message>
        <source>layer {name} is synchronized</source>
        <translation>la capa {name} está sincronizada</translation>
    </message>
    <message>
        <source>layer {name} normalises axis {axis}, not the channels</source>
        <translation>la capa {name} normaliza el eje {axis}, no los canales</translation>
    </message>
    <message>
        <source>layer {name} has a scale that is not a number</source>
        <translation>la capa {name} tiene una escala que no es un número</translation>
    </message>
</context>
<context>
    <name>network.layers.pooling</name>
    <message>
        <source>layer {name} has padding {padding}</source>
        <translation>la capa {name} tiene el padding {padding}</translation>
    </message>
    <message>
        <source>layer {name} needs a 2-D map with channels, not {shape}</source>
        <translation>la capa {name} necesita un mapa 2D con canales, no {shape}</translation>
    </message>
</context>
<context>
    <name>network.layers.reshaping</name>
    <message>
        <source>layer {name} has the target shape {target}</source>
        <translation>la capa {name} tiene la forma de destino {target}</translation>
    </message>
    <message>
        <source>layer {name} cannot reshape {shape} to {target}</source>
        <translation>la capa {name} no puede transformar {shape} en {target}</translation>
    </message>
</context>
<context>
    <name>network.network</name>
    <message>
        <source>the model does not say what input it takes</source>
        <translation>el modelo no indica qué entrada recibe</translation>
    </message>
    <message>
        <source>the model's input shape {shape} is not a shape</source>
        <translation>la forma de entrada {shape} del modelo no es una forma</translation>
    </message>
    <message>
        <source>Convscope cannot read a {kind} layer</source>
        <translation>Convscope no puede leer una capa {kind}</translation>
    </message>
    <message>
        <source>the model has no layers</source>
        <translation>el modelo no tiene capas</translation>
    </message>
    <message>
        <source>two of the model's layers have the same name</source>
        <translation>dos capas del modelo tienen el mismo nombre</translation>
    </message>
</context>
<context>
    <name>network.predictor</name>
    <message>
        <source>snapshot does not fit this model: {exc}</source>
        <translation>la instantánea no encaja con este modelo: {exc}</translation>
    </message>
</context>
<context>
    <name>network.weightfile</name>
    <message>
        <source>{source}: its weights are refused: {reason}</source>
        <translation>{source}: se rechazan sus pesos: {reason}</translation>
    </message>
    <message>
        <source>{path} is a virtual dataset (it would read other files)</source>
        <translation>{path} es un conjunto de datos virtual (leería otros archivos)</translation>
    </message>
    <message>
        <source>{path} keeps its data in another file</source>
        <translation>{path} guarda sus datos en otro archivo</translation>
    </message>
    <message>
        <source>{path} holds {dtype} values, not numbers</source>
        <translation>{path} contiene valores de tipo {dtype}, no números</translation>
    </message>
    <message>
        <source>{path} is a link to another file</source>
        <translation>{path} es un enlace a otro archivo</translation>
    </message>
    <message>
        <source>{path} is a link to {target}</source>
        <translation>{path} es un enlace a {target}</translation>
    </message>
    <message>
        <source>{path} is not a group or a dataset</source>
        <translation>{path} no es ni un grupo ni un conjunto de datos</translation>
    </message>
    <message>
        <source>{name}'s {part} is missing</source>
        <translation>falta {part} de {name}</translation>
    </message>
    <message>
        <source>{name}'s {part} has shape {shape} in the file but {shape2} in its config</source>
        <translation>{part} de {name} tiene forma {shape} en el archivo, pero {shape2} en su configuración</translation>
    </message>
    <message>
        <source>{name}'s {part} is {dtype}, not float32</source>
        <translation>{part} de {name} es {dtype}, no float32</translation>
    </message>
    <message>
        <source>{name}'s {part}</source>
        <translation>{part} de {name}</translation>
    </message>
    <message>
        <source>{part} cannot be read ({exc})</source>
        <translation>no se puede leer {part} ({exc})</translation>
    </message>
    <message>
        <source>{part} holds NaN or infinite values</source>
        <translation>{part} contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <source>the weight file is {n} bytes, far more than it needs</source>
        <translation>el archivo de pesos ocupa {n} bytes, mucho más de lo necesario</translation>
    </message>
    <message>
        <source>model.weights.h5 is not an HDF5 file</source>
        <translation>model.weights.h5 no es un archivo HDF5</translation>
    </message>
    <message>
        <source>its structure cannot be read ({exc})</source>
        <translation>no se puede leer su estructura ({exc})</translation>
    </message>
    <message>
        <source>{path} is not a weight of this model</source>
        <translation>{path} no es un peso de este modelo</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>A plain dense network on the 784 raw pixels: it ignores where pixels are.</source>
        <translation>Una red densa sencilla sobre los 784 píxeles en bruto: no tiene en cuenta dónde están los píxeles.</translation>
    </message>
    <message>
        <source>LeNet-5 style: two 5x5 convolutions with average pooling, then 120-84-10 dense layers.</source>
        <translation>Al estilo de LeNet-5: dos convoluciones de 5x5 con average pooling y después capas densas de 120, 84 y 10 unidades.</translation>
    </message>
    <message>
        <source>Small, fast and accurate: two 3x3 conv + max-pool stages, then one hidden dense layer.</source>
        <translation>Pequeña, rápida y precisa: dos etapas de convolución de 3x3 y max pooling, y después una capa densa oculta.</translation>
    </message>
    <message>
        <source>Three conv stages with batch normalisation, trained on shifted, rotated and zoomed digits: the highest accuracy, several times slower to train.</source>
        <translation>Tres etapas de convolución con normalización por lotes, entrenadas con dígitos desplazados, girados y ampliados: la mayor precisión, pero varias veces más lenta de entrenar.</translation>
    </message>
    <message>
        <source>unknown preset {name}; choose one of {names}</source>
        <translation>preajuste desconocido {name}; elige uno de {names}</translation>
    </message>
</context>
<context>
    <name>readout</name>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mapas</translation>
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
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>canales</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aún no hay respuesta</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>{h} by {w} pixels, empty</source>
        <translation>{h} por {w} píxeles, vacía</translation>
    </message>
    <message>
        <source>{h} by {w} pixels; ink in rows {top} to {bottom}, columns {left} to {right}, {pct} % of the pixels</source>
        <translation>{h} por {w} píxeles; tinta en las filas {top} a {bottom}, columnas {left} a {right}, {pct} % de los píxeles</translation>
    </message>
    <message>
        <source>{tile} {k}, {place}</source>
        <translation>{tile} {k}, {place}</translation>
    </message>
    <message>
        <source>{head}; strongest {peak} at {place}</source>
        <translation>{head}; máximo {peak} en {place}</translation>
    </message>
    <message>
        <source>{y} at {x}</source>
        <translation>{y} en {x}</translation>
    </message>
    <message>
        <source>no {tiles}</source>
        <translation>no hay {tiles}</translation>
    </message>
    <message>
        <source>next {d}: {pct}</source>
        <translation>después {d}: {pct}</translation>
    </message>
    <message>
        <source>{n} {tiles} of {h} by {w}</source>
        <translation>{n} {tiles} de {h} por {w}</translation>
    </message>
    <message>
        <source>row {row}, column {col}</source>
        <translation>fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>; {silent} of {n} silent</source>
        <translation>; {silent} de {n} en silencio</translation>
    </message>
    <message>
        <source>{name}: no values yet</source>
        <translation>{name}: aún no hay valores</translation>
    </message>
    <message>
        <source>{name}: {last}, lowest {low}, highest {high}</source>
        <translation>{name}: {last}, mínimo {low}, máximo {high}</translation>
    </message>
</context>
<context>
    <name>runstore</name>
    <message>
        <source>{dir} is not a training run's folder; nothing was deleted</source>
        <translation>{dir} no es la carpeta de un entrenamiento; no se borró nada</translation>
    </message>
    <message>
        <source>cannot delete {dir}: {reason}</source>
        <translation>no se puede borrar {dir}: {reason}</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>cannot save {path}: folder {dir} does not exist</source>
        <translation>no se puede guardar {path}: la carpeta {dir} no existe</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>no se puede guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot save {path}: model files must end in .keras</source>
        <translation>no se puede guardar {path}: los archivos de modelo deben terminar en .keras</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe ese archivo</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a model file</source>
        <translation>{path}: es una carpeta, no un archivo de modelo</translation>
    </message>
    <message>
        <source>{path}: HDF5 (.h5) models are refused because they can carry code; re-save it as .keras</source>
        <translation>{path}: los modelos HDF5 (.h5) se rechazan porque pueden llevar código; vuelve a guardarlo como .keras</translation>
    </message>
    <message>
        <source>{path}: not a .keras model file</source>
        <translation>{path}: no es un archivo de modelo .keras</translation>
    </message>
    <message>
        <source>{path}: not a valid .keras file ({name})</source>
        <translation>{path}: no es un archivo .keras válido ({name})</translation>
    </message>
    <message>
        <source>{path}: its metadata is implausibly large</source>
        <translation>{path}: sus metadatos son de un tamaño inverosímil</translation>
    </message>
    <message>
        <source>{path}: its metadata is corrupt</source>
        <translation>{path}: sus metadatos están dañados</translation>
    </message>
    <message>
        <source>{path}: not a Keras model (no config.json or weights inside)</source>
        <translation>{path}: no es un modelo de Keras (no contiene config.json ni pesos)</translation>
    </message>
    <message>
        <source>{path}: its config.json is implausibly large</source>
        <translation>{path}: su config.json es de un tamaño inverosímil</translation>
    </message>
    <message>
        <source>{path}: its config.json is corrupt</source>
        <translation>{path}: su config.json está dañado</translation>
    </message>
    <message>
        <source>{path}: its config.json is malformed ({exc})</source>
        <translation>{path}: su config.json está mal formado ({exc})</translation>
    </message>
    <message>
        <source>{path}: its weights are refused: the weight file is far larger than this model needs</source>
        <translation>{path}: se rechazan sus pesos: el archivo de pesos es mucho mayor de lo que necesita este modelo</translation>
    </message>
    <message>
        <source>{path}: its weights cannot be read ({exc})</source>
        <translation>{path}: no se pueden leer sus pesos ({exc})</translation>
    </message>
    <message>
        <source>runs on TensorFlow: {reason}</source>
        <translation>se ejecuta con TensorFlow: {reason}</translation>
    </message>
    <message>
        <source>{path}: cannot be loaded ({reason})</source>
        <translation>{path}: no se puede cargar ({reason})</translation>
    </message>
</context>
<context>
    <name>training.batches</name>
    <message>
        <source>validation split leaves no training digits</source>
        <translation>la parte de validación no deja dígitos de entrenamiento</translation>
    </message>
</context>
<context>
    <name>training.child</name>
    <message>
        <source>the training process has no data</source>
        <translation>el proceso de entrenamiento no tiene datos</translation>
    </message>
    <message>
        <source>Evaluating on {n} test digits…</source>
        <translation>Evaluando con {n} dígitos de prueba…</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>aún no hay ningún modelo entrenado que guardar</translation>
    </message>
</context>
<context>
    <name>training.config</name>
    <message>
        <source>epochs must be at least 1</source>
        <translation>las épocas deben ser al menos 1</translation>
    </message>
    <message>
        <source>batch size must be at least 1</source>
        <translation>el tamaño de lote debe ser al menos 1</translation>
    </message>
    <message>
        <source>optimizer must be one of {names}</source>
        <translation>el optimizador debe ser uno de {names}</translation>
    </message>
    <message>
        <source>schedule must be one of {names}</source>
        <translation>el programa de la tasa de aprendizaje debe ser uno de {names}</translation>
    </message>
    <message>
        <source>learning rate must be a positive number</source>
        <translation>la tasa de aprendizaje debe ser un número positivo</translation>
    </message>
    <message>
        <source>label smoothing must be a fraction from 0 up to 1</source>
        <translation>el suavizado de etiquetas debe ser una fracción desde 0 hasta menos de 1</translation>
    </message>
    <message>
        <source>validation split must be a fraction from 0 up to 1</source>
        <translation>la parte de validación debe ser una fracción desde 0 hasta menos de 1</translation>
    </message>
    <message>
        <source>training-set size must be at least 1</source>
        <translation>el conjunto de entrenamiento debe tener al menos 1 dígito</translation>
    </message>
    <message>
        <source>augmentation: shift and zoom are fractions, rotation degrees</source>
        <translation>aumento de datos: el desplazamiento y el zoom son fracciones; el giro, grados</translation>
    </message>
    <message>
        <source>strategy must be one of {names}</source>
        <translation>la estrategia debe ser una de {names}</translation>
    </message>
    <message>
        <source>augmentation: shear is degrees under 60, aspect a fraction, elastic at most 8 px</source>
        <translation>aumento de datos: la inclinación son grados por debajo de 60, el aspecto una fracción y la deformación elástica como mucho 8 px</translation>
    </message>
    <message>
        <source>augmentation: thickness and the augmented share are fractions</source>
        <translation>aumento de datos: el grosor y la parte aumentada son fracciones</translation>
    </message>
    <message>
        <source>the share of non-digits must be a fraction under 0.5</source>
        <translation>la proporción de no-dígitos debe ser una fracción menor que 0,5</translation>
    </message>
</context>
<context>
    <name>training.distribute</name>
    <message>
        <source>strategy must be one of {names}, not {name}</source>
        <translation>la estrategia debe ser una de {names}, no {name}</translation>
    </message>
    <message>
        <source>TF_CONFIG is not valid JSON</source>
        <translation>TF_CONFIG no es un JSON válido</translation>
    </message>
    <message>
        <source>TF_CONFIG must be a JSON object with 'cluster' and 'task'</source>
        <translation>TF_CONFIG debe ser un objeto JSON con 'cluster' y 'task'</translation>
    </message>
    <message>
        <source>TF_CONFIG has no 'cluster' listing the workers' host:port addresses</source>
        <translation>TF_CONFIG no tiene un 'cluster' con las direcciones host:port de las máquinas</translation>
    </message>
    <message>
        <source>TF_CONFIG has no 'task' saying which worker this machine is</source>
        <translation>TF_CONFIG no tiene un 'task' que diga qué máquina es esta</translation>
    </message>
    <message>
        <source>TF_CONFIG: task type {role} is not a training role of the cluster</source>
        <translation>TF_CONFIG: el tipo de tarea {role} no es un papel de entrenamiento del clúster</translation>
    </message>
    <message>
        <source>TF_CONFIG: task index {index} is not one of the {n} {role} addresses</source>
        <translation>TF_CONFIG: el índice de tarea {index} no es ninguna de las {n} direcciones de {role}</translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster role {role} is not chief or worker</source>
        <translation>TF_CONFIG: el papel {role} del clúster no es chief ni worker</translation>
    </message>
    <message>
        <source>TF_CONFIG: cluster {role} must be a list of host:port strings</source>
        <translation>TF_CONFIG: {role} del clúster debe ser una lista de cadenas host:port</translation>
    </message>
    <message>
        <source>TF_CONFIG: a cluster has at most one chief</source>
        <translation>TF_CONFIG: un clúster tiene como mucho un chief</translation>
    </message>
    <message>
        <source>TF_CONFIG: the cluster lists no workers</source>
        <translation>TF_CONFIG: el clúster no enumera ninguna máquina (worker)</translation>
    </message>
    <message>
        <source>{name} must be a whole number from 1 to {most}, not {text}</source>
        <translation>{name} debe ser un número entero de 1 a {most}, no {text}</translation>
    </message>
    <message>
        <source>cannot set up the {name} strategy: {first}</source>
        <translation>no se puede preparar la estrategia {name}: {first}</translation>
    </message>
</context>
<context>
    <name>training.monitor</name>
    <message>
        <source>infinite</source>
        <translation>infinita</translation>
    </message>
    <message>
        <source>huge</source>
        <translation>enorme</translation>
    </message>
    <message>
        <source>the loss became {state} in epoch {n}, batch {batch}: training diverged (learning rate {lr} is probably too high); the last good weights were kept</source>
        <translation>la pérdida se volvió {state} en la época {n}, lote {batch}: el entrenamiento divergió (la tasa de aprendizaje {lr} probablemente es demasiado alta); se conservaron los últimos pesos buenos</translation>
    </message>
    <message>
        <source>the metrics became NaN at the end of epoch {n}: training diverged; the last good weights were kept</source>
        <translation>las métricas se volvieron NaN al final de la época {n}: el entrenamiento divergió; se conservaron los últimos pesos buenos</translation>
    </message>
</context>
<context>
    <name>training.process</name>
    <message>
        <source>no further information</source>
        <translation>sin más información</translation>
    </message>
    <message>
        <source>unexpected {type} in training: {first}</source>
        <translation>error inesperado {type} en el entrenamiento: {first}</translation>
    </message>
    <message>
        <source>the training process did not stop in time</source>
        <translation>el proceso de entrenamiento no se detuvo a tiempo</translation>
    </message>
    <message>
        <source>the training process was killed by signal {n}; checkpoints saved so far are kept</source>
        <translation>el proceso de entrenamiento terminó por la señal {n}; se conservan los puntos de control guardados hasta ahora</translation>
    </message>
    <message>
        <source>the training process exited with code {code}; checkpoints saved so far are kept</source>
        <translation>el proceso de entrenamiento terminó con el código {code}; se conservan los puntos de control guardados hasta ahora</translation>
    </message>
    <message>
        <source>the training process is not answering; checkpoints saved so far are kept</source>
        <translation>el proceso de entrenamiento no responde; se conservan los puntos de control guardados hasta ahora</translation>
    </message>
</context>
<context>
    <name>training.trainer</name>
    <message>
        <source>{path}: not a Convscope checkpoint (no spec or settings)</source>
        <translation>{path}: no es un punto de control de Convscope (no tiene arquitectura ni ajustes)</translation>
    </message>
    <message>
        <source>already complete</source>
        <translation>ya está completo</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>complete epoch</source>
        <translation>época completa</translation>
    </message>
    <message>
        <source>complete epochs</source>
        <translation>épocas completas</translation>
    </message>
    <message>
        <source>cannot write TensorBoard logs to {log_dir}: {reason}</source>
        <translation>no se pueden escribir los registros de TensorBoard en {log_dir}: {reason}</translation>
    </message>
    <message>
        <source>another worker of the cluster stopped or cannot be reached</source>
        <translation>otra máquina del clúster se detuvo o no se puede alcanzar</translation>
    </message>
    <message>
        <source>the {strategy} strategy needs a model the trainer builds itself; a model handed to it trains on one device</source>
        <translation>la estrategia {strategy} necesita un modelo que construya el propio entrenador; un modelo que se le entrega se entrena en un solo dispositivo</translation>
    </message>
    <message>
        <source>finished {count}</source>
        <translation>terminado: {count}</translation>
    </message>
    <message>
        <source>stopped after {count}</source>
        <translation>detenido tras {count}</translation>
    </message>
    <message>
        <source>training failed in epoch {n}: {name}{detail}</source>
        <translation>el entrenamiento falló en la época {n}: {name}{detail}</translation>
    </message>
    <message>
        <source>training on {count}, {batches} per epoch</source>
        <translation>entrenando con {count}, {batches} por época</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>lotes</translation>
    </message>
    <message>
        <source>, split over {n} devices ({strategy})</source>
        <translation>, repartido en {n} dispositivos ({strategy})</translation>
    </message>
</context>
<context>
    <name>uncertainty</name>
    <message>
        <source>this may not be a digit</source>
        <translation>puede que esto no sea un dígito</translation>
    </message>
    <message>
        <source>not sure: {a_first} or {a_second}?</source>
        <translation>no está seguro: ¿{a_first} o {a_second}?</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
</context>
</TS>