<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>lab.filter_surgery</name>
    <message>
        <source>layer {lname} is not a convolution</source>
        <translation>la capa {lname} no es una convolución</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>the model has no layer {lname}; its convolutions: {names}</source>
        <translation>el modelo no tiene ninguna capa {lname}; sus convoluciones: {names}</translation>
    </message>
    <message>
        <source>{lname} has filters 0 to {last}, not {index}</source>
        <translation>{lname} tiene los filtros del 0 al {last}, no el {index}</translation>
    </message>
    <message>
        <source>the filters of {lname} are {want}, not {shape}</source>
        <translation>los filtros de {lname} son de {want}, no de {shape}</translation>
    </message>
    <message>
        <source>filter {index} of {lname} edited</source>
        <translation>filtro {index} de {lname} editado</translation>
    </message>
    <message>
        <source>filter {index} of {lname} switched off</source>
        <translation>filtro {index} de {lname} apagado</translation>
    </message>
    <message>
        <source>the new weights must be finite numbers</source>
        <translation>los nuevos pesos deben ser números finitos</translation>
    </message>
    <message>
        <source>there are no digits to measure the accuracy on</source>
        <translation>no hay dígitos con los que medir la precisión</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.dataset</name>
    <message>
        <source>{dir} is a file, not a folder</source>
        <translation>{dir} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{dir} holds no handwriting samples (no {manifest})</source>
        <translation>{dir} no contiene muestras de escritura (falta {manifest})</translation>
    </message>
    <message>
        <source>{dir} already holds other files and no {manifest}: choose an empty folder or one that holds your samples</source>
        <translation>{dir} ya contiene otros archivos y ningún {manifest}: elige una carpeta vacía o una que contenga tus muestras</translation>
    </message>
    <message>
        <source>cannot create {dir}: folder {parent} does not exist</source>
        <translation>no se puede crear {dir}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>cannot create {dir}: {reason}</source>
        <translation>no se puede crear {dir}: {reason}</translation>
    </message>
    <message>
        <source>sample {id} (digit {num}) skipped: {problem}</source>
        <translation>muestra {id} (dígito {num}) omitida: {problem}</translation>
    </message>
    <message>
        <source>1 sample listed in {manifest} had no picture file and were left out</source>
        <translation>1 muestra de {manifest} no tenía archivo de imagen y se dejó fuera</translation>
    </message>
    <message>
        <source>{n} samples listed in {manifest} had no picture file and were left out</source>
        <translation>{n} muestras de {manifest} no tenían archivo de imagen y se dejaron fuera</translation>
    </message>
    <message>
        <source>{n} unfinished sample file(s) not in {manifest} were ignored</source>
        <translation>se ignoraron {n} archivo(s) de muestra sin terminar que no figuran en {manifest}</translation>
    </message>
    <message>
        <source>removed {n} unfinished sample file(s) that {manifest} did not list (left by an interrupted save or delete)</source>
        <translation>se eliminaron {n} archivo(s) de muestra sin terminar que no figuraban en {manifest} (restos de un guardado o borrado interrumpido)</translation>
    </message>
    <message>
        <source>there are no samples yet: draw some digits first</source>
        <translation>todavía no hay muestras: primero dibuja algunos dígitos</translation>
    </message>
    <message>
        <source>draw at least 2 samples of {nums}: one to learn from and one kept aside to test the result</source>
        <translation>dibuja al menos 2 muestras de {nums}: una para aprender y otra apartada para probar el resultado</translation>
    </message>
    <message>
        <source>there is no sample {id} in {dir}</source>
        <translation>no hay ninguna muestra {id} en {dir}</translation>
    </message>
    <message>
        <source>{dir} was opened read-only</source>
        <translation>{dir} se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>the canvas drawing is too large to keep</source>
        <translation>el dibujo del lienzo es demasiado grande para guardarlo</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.finetune</name>
    <message>
        <source>measuring the network before fine-tuning</source>
        <translation>midiendo la red antes del ajuste</translation>
    </message>
    <message>
        <source>measuring the network after fine-tuning</source>
        <translation>midiendo la red después del ajuste</translation>
    </message>
    <message>
        <source>this model does not record its architecture, so it cannot be fine-tuned here</source>
        <translation>este modelo no guarda su arquitectura, así que no se puede ajustar aquí</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.manifest</name>
    <message>
        <source>a label must be a digit 0-9, not {label}</source>
        <translation>una etiqueta debe ser un dígito del 0 al 9, no {label}</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>sin versión de formato</translation>
    </message>
    <message>
        <source>no sample list</source>
        <translation>sin lista de muestras</translation>
    </message>
    <message>
        <source>id {id} appears twice</source>
        <translation>el id {id} aparece dos veces</translation>
    </message>
    <message>
        <source>sample {n}: {problem}</source>
        <translation>muestra {n}: {problem}</translation>
    </message>
    <message>
        <source>{place} cannot be read: {reason}</source>
        <translation>no se puede leer {place}: {reason}</translation>
    </message>
    <message>
        <source>{place} is implausibly large</source>
        <translation>{place} es sospechosamente grande</translation>
    </message>
    <message>
        <source>{place} is not valid JSON: not a handwriting dataset</source>
        <translation>{place} no es JSON válido: no es un conjunto de muestras de escritura</translation>
    </message>
    <message>
        <source>{place} belongs to something else, not a Convscope handwriting dataset</source>
        <translation>{place} pertenece a otra cosa, no a un conjunto de muestras de escritura de Convscope</translation>
    </message>
    <message>
        <source>{place} was written by a newer Convscope (format {version})</source>
        <translation>{place} lo escribió un Convscope más reciente (formato {version})</translation>
    </message>
    <message>
        <source>file {fname} appears twice</source>
        <translation>el archivo {fname} aparece dos veces</translation>
    </message>
    <message>
        <source>{place} is garbled ({problem})</source>
        <translation>{place} está dañado ({problem})</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>no valid id</source>
        <translation>sin id válido</translation>
    </message>
    <message>
        <source>no valid file name</source>
        <translation>sin nombre de archivo válido</translation>
    </message>
    <message>
        <source>invalid canvas file name</source>
        <translation>nombre de archivo del dibujo no válido</translation>
    </message>
    <message>
        <source>label {label} is not a digit 0-9</source>
        <translation>la etiqueta {label} no es un dígito del 0 al 9</translation>
    </message>
    <message>
        <source>no held_out flag</source>
        <translation>falta indicar si la muestra se reserva</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.mixing</name>
    <message>
        <source>the share of your samples must be a fraction from 0 up to 1</source>
        <translation>la proporción de tus muestras debe ser una fracción entre 0 y 1 (sin llegar a 1)</translation>
    </message>
    <message>
        <source>{dir} has no training samples to mix in</source>
        <translation>{dir} no tiene muestras de entrenamiento para mezclar</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.pictures</name>
    <message>
        <source>{name} is not a PNG file</source>
        <translation>{name} no es un archivo PNG</translation>
    </message>
    <message>
        <source>{name} is {w}x{h}, not {want_w}x{want_h}</source>
        <translation>{name} mide {w}x{h}, no {want_w}x{want_h}</translation>
    </message>
    <message>
        <source>{name} is implausibly large ({w}x{h})</source>
        <translation>{name} es sospechosamente grande ({w}x{h})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>no se puede leer {name} ({reason})</translation>
    </message>
</context>
<context>
    <name>lab.kernels</name>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>vertical edge</source>
        <translation>borde vertical</translation>
    </message>
    <message>
        <source>horizontal edge</source>
        <translation>borde horizontal</translation>
    </message>
    <message>
        <source>diagonal edge ↘</source>
        <translation>borde diagonal ↘</translation>
    </message>
    <message>
        <source>diagonal edge ↗</source>
        <translation>borde diagonal ↗</translation>
    </message>
    <message>
        <source>blur 3x3</source>
        <translation>desenfoque 3x3</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>enfocar</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>contorno</translation>
    </message>
    <message>
        <source>emboss</source>
        <translation>relieve</translation>
    </message>
    <message>
        <source>vertical stroke 5x5</source>
        <translation>trazo vertical 5x5</translation>
    </message>
    <message>
        <source>horizontal stroke 5x5</source>
        <translation>trazo horizontal 5x5</translation>
    </message>
    <message>
        <source>blur 5x5</source>
        <translation>desenfoque 5x5</translation>
    </message>
    <message>
        <source>Gaussian blur 5x5</source>
        <translation>desenfoque gaussiano 5x5</translation>
    </message>
    <message>
        <source>vertical edge 5x5</source>
        <translation>borde vertical 5x5</translation>
    </message>
    <message>
        <source>One 1 in the middle: every value is the pixel under it, the image unchanged.</source>
        <translation>Un 1 en el centro: cada valor es el píxel que tiene debajo y la imagen no cambia.</translation>
    </message>
    <message>
        <source>Left side negative, right side positive: lights up where dark turns to ink going right (red) and ink turns to dark (blue).</source>
        <translation>Lado izquierdo negativo, lado derecho positivo: se ilumina donde, hacia la derecha, lo oscuro pasa a tinta (rojo) y la tinta pasa a oscuro (azul).</translation>
    </message>
    <message>
        <source>Top negative, bottom positive: finds the top (red) and bottom (blue) edges of strokes.</source>
        <translation>Arriba negativo, abajo positivo: encuentra los bordes superiores (rojo) e inferiores (azul) de los trazos.</translation>
    </message>
    <message>
        <source>Finds edges running from top-left to bottom-right.</source>
        <translation>Encuentra bordes que van de arriba a la izquierda a abajo a la derecha.</translation>
    </message>
    <message>
        <source>Finds edges running from bottom-left to top-right.</source>
        <translation>Encuentra bordes que van de abajo a la izquierda a arriba a la derecha.</translation>
    </message>
    <message>
        <source>The average of nine pixels: strokes get softer and wider.</source>
        <translation>La media de nueve píxeles: los trazos se vuelven más suaves y anchos.</translation>
    </message>
    <message>
        <source>The pixel counted five times minus its four neighbours: edges stand out.</source>
        <translation>El píxel contado cinco veces menos sus cuatro vecinos: los bordes resaltan.</translation>
    </message>
    <message>
        <source>The pixel against its eight neighbours: zero on flat areas, strong on outlines.</source>
        <translation>El píxel frente a sus ocho vecinos: cero en zonas uniformes, fuerte en los contornos.</translation>
    </message>
    <message>
        <source>A slanted edge finder: the digit looks lit from one corner.</source>
        <translation>Un detector de bordes inclinado: el dígito parece iluminado desde una esquina.</translation>
    </message>
    <message>
        <source>A bright column between dark ones: finds upright strokes like a 1.</source>
        <translation>Una columna clara entre otras oscuras: encuentra trazos verticales como los de un 1.</translation>
    </message>
    <message>
        <source>A bright row between dark ones: finds flat strokes like the top of a 7.</source>
        <translation>Una fila clara entre otras oscuras: encuentra trazos horizontales como la parte de arriba de un 7.</translation>
    </message>
    <message>
        <source>The average of 25 pixels: a stronger blur.</source>
        <translation>La media de 25 píxeles: un desenfoque más fuerte.</translation>
    </message>
    <message>
        <source>A weighted average, the middle counting most: a smooth blur.</source>
        <translation>Una media ponderada en la que el centro cuenta más: un desenfoque suave.</translation>
    </message>
    <message>
        <source>A wider vertical edge finder: less sensitive to small wobbles.</source>
        <translation>Un detector de bordes verticales más ancho: menos sensible a pequeños temblores.</translation>
    </message>
    <message>
        <source>{token} is not a number</source>
        <translation>{token} no es un número</translation>
    </message>
    <message>
        <source>{token} must be a number between -1000 and 1000</source>
        <translation>{token} debe ser un número entre -1000 y 1000</translation>
    </message>
    <message>
        <source>the kernel is empty: type rows of numbers, e.g. 1 0 -1; 2 0 -2; 1 0 -1</source>
        <translation>el núcleo está vacío: escribe filas de números, p. ej. 1 0 -1; 2 0 -2; 1 0 -1</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>fila {row}: {problem}</translation>
    </message>
    <message>
        <source>the rows have different lengths ({widths} numbers): every row needs the same count</source>
        <translation>las filas tienen longitudes distintas ({widths} números): todas necesitan la misma cantidad</translation>
    </message>
    <message>
        <source>the kernel is {rows}x{cols}: it must be 3x3 or 5x5</source>
        <translation>el núcleo es de {rows}x{cols}: debe ser de 3x3 o 5x5</translation>
    </message>
    <message>
        <source>the kernel has a value that is not a number</source>
        <translation>el núcleo tiene un valor que no es un número</translation>
    </message>
</context>
<context>
    <name>lab.neighbours</name>
    <message>
        <source>the model has a single layer: there is no hidden layer to compare</source>
        <translation>el modelo tiene una sola capa: no hay ninguna capa oculta que comparar</translation>
    </message>
    <message>
        <source>the model has no layer {lname}</source>
        <translation>el modelo no tiene ninguna capa {lname}</translation>
    </message>
    <message>
        <source>the index holds no digit {num}</source>
        <translation>el índice no contiene ningún {num}</translation>
    </message>
    <message>
        <source>there are no digits to index</source>
        <translation>no hay dígitos que indexar</translation>
    </message>
</context>
<context>
    <name>lab.occlusion</name>
    <message>
        <source>an occlusion patch of {patch} with stride {stride} does not fit</source>
        <translation>un cuadrado de oclusión de {patch} con paso {stride} no cabe</translation>
    </message>
</context>
<context>
    <name>lab.robustness</name>
    <message>
        <source>no model to measure</source>
        <translation>no hay ningún modelo que medir</translation>
    </message>
    <message>
        <source>no digits to measure on</source>
        <translation>no hay dígitos con los que medir</translation>
    </message>
    <message>
        <source>the sample must hold at least one digit, not {n}</source>
        <translation>la muestra debe contener al menos un dígito, no {n}</translation>
    </message>
    <message>
        <source>shift distances must be zero or positive</source>
        <translation>las distancias de desplazamiento deben ser cero o positivas</translation>
    </message>
</context>
<context>
    <name>lab.saliency</name>
    <message>
        <source>class {index} does not exist; classes are 0 to 9</source>
        <translation>la clase {index} no existe; las clases van del 0 al 9</translation>
    </message>
    <message>
        <source>layer {lname} has no 2-D feature maps for Grad-CAM to weigh</source>
        <translation>la capa {lname} no tiene mapas de características 2D que Grad-CAM pueda ponderar</translation>
    </message>
    <message>
        <source>the model has no layer {lname}; its layers are: {names}</source>
        <translation>el modelo no tiene ninguna capa {lname}; sus capas son: {names}</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer, and this model has none: try the gradient or occlusion method</source>
        <translation>Grad-CAM necesita una capa de convolución, y este modelo no tiene ninguna: prueba el método del gradiente o el de oclusión</translation>
    </message>
    <message>
        <source>Grad-CAM cannot weigh the output layer itself</source>
        <translation>Grad-CAM no puede ponderar la propia capa de salida</translation>
    </message>
    <message>
        <source>unknown saliency method {method}; choose one of {methods}</source>
        <translation>método de saliencia desconocido {method}; elige uno de estos: {methods}</translation>
    </message>
</context>
<context>
    <name>lab.saliency_notes</name>
    <message>
        <source>Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the pre-softmax score (logit) of class {cls}.</source>
        <translation>Mapas de la capa {lname} ({rows}x{cols}), ponderados por el gradiente de la puntuación antes del softmax (logit) de la clase {cls}.</translation>
    </message>
    <message>
        <source>Maps of layer {lname} ({rows}x{cols}), weighed by the gradient of the output score of class {cls}.</source>
        <translation>Mapas de la capa {lname} ({rows}x{cols}), ponderados por el gradiente de la puntuación de salida de la clase {cls}.</translation>
    </message>
    <message>
        <source>No place of these maps raises that score: the map is empty.</source>
        <translation>Ningún punto de estos mapas sube esa puntuación: el mapa está vacío.</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel.</source>
        <translation>Cuánto reacciona a cada píxel la puntuación antes del softmax (logit) de la clase {cls}.</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, averaged over 1 noisy copy (SmoothGrad).</source>
        <translation>Cuánto reacciona a cada píxel la puntuación antes del softmax (logit) de la clase {cls}, promediado sobre 1 copia con ruido (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the pre-softmax score (logit) of class {cls} reacts to each pixel, averaged over {n} noisy copies (SmoothGrad).</source>
        <translation>Cuánto reacciona a cada píxel la puntuación antes del softmax (logit) de la clase {cls}, promediado sobre {n} copias con ruido (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel.</source>
        <translation>Cuánto reacciona a cada píxel la puntuación de salida de la clase {cls}.</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel, averaged over 1 noisy copy (SmoothGrad).</source>
        <translation>Cuánto reacciona a cada píxel la puntuación de salida de la clase {cls}, promediado sobre 1 copia con ruido (SmoothGrad).</translation>
    </message>
    <message>
        <source>How strongly the output score of class {cls} reacts to each pixel, averaged over {n} noisy copies (SmoothGrad).</source>
        <translation>Cuánto reacciona a cada píxel la puntuación de salida de la clase {cls}, promediado sobre {n} copias con ruido (SmoothGrad).</translation>
    </message>
    <message>
        <source>Mean drop of the probability of class {cls} when {square}x{patch} square around each pixel is blanked (1 square on the digit, {stride} px apart, in one batch).</source>
        <translation>Caída media de la probabilidad de la clase {cls} al borrar un cuadrado de {patch}x{patch} alrededor de cada píxel (1 cuadrado sobre el dígito, a {stride} px de distancia, en un solo lote).</translation>
    </message>
    <message>
        <source>Mean drop of the probability of class {cls} when {square}x{patch} square around each pixel is blanked ({n} squares on the digit, {stride} px apart, in one batch).</source>
        <translation>Caída media de la probabilidad de la clase {cls} al borrar un cuadrado de {patch}x{patch} alrededor de cada píxel ({n} cuadrados sobre el dígito, a {stride} px de distancia, en un solo lote).</translation>
    </message>
</context>
</TS>