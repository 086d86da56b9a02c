<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>lab.neighbours.neighbours_card</name>
    <message>
        <source>Nearest training digits</source>
        <translation>Dígitos de entrenamiento más parecidos</translation>
    </message>
    <message>
        <source>The network sums up every digit as a list of numbers: the output of its last hidden layer, the features it found. Digits with similar lists are alike to the network, whatever their exact pixels. These are the training digits whose lists are closest to your digit's. Click one to load it into the Draw tab.</source>
        <translation>La red resume cada dígito como una lista de números: la salida de su última capa oculta, es decir, las características que encontró. Los dígitos con listas parecidas son similares para la red, sean cuales sean sus píxeles exactos. Estos son los dígitos de entrenamiento cuyas listas están más cerca de la de tu dígito. Haz clic en uno para cargarlo en la pestaña Dibujar.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop indexing the training digits</source>
        <translation>Dejar de indexar los dígitos de entrenamiento</translation>
    </message>
    <message>
        <source>Index the training digits</source>
        <translation>Indexar los dígitos de entrenamiento</translation>
    </message>
    <message>
        <source>Run every training digit of the sample through the network</source>
        <translation>Pasar por la red cada dígito de entrenamiento de la muestra</translation>
    </message>
    <message>
        <source>Closest to the network</source>
        <translation>Los más cercanos para la red</translation>
    </message>
    <message>
        <source>Under each digit: its label and its similarity to yours (1.00 = the same to the network, 0 = nothing in common).</source>
        <translation>Debajo de cada dígito: su etiqueta y su similitud con el tuyo (1,00 = igual para la red, 0 = nada en común).</translation>
    </message>
    <message>
        <source>Compare with the nearest digits by raw pixels</source>
        <translation>Comparar con los dígitos más cercanos según los píxeles en bruto</translation>
    </message>
    <message>
        <source>Also find the training digits whose pixels are most like yours, with no network</source>
        <translation>Buscar también los dígitos de entrenamiento cuyos píxeles se parecen más a los tuyos, sin usar la red</translation>
    </message>
    <message>
        <source>Closest by raw pixels</source>
        <translation>Los más cercanos según los píxeles en bruto</translation>
    </message>
    <message>
        <source>Raw pixels only count ink on the same spots. Move your digit a few pixels (the Inspect tab's shift demo can load a moved copy): this row changes a lot, the network's hardly.</source>
        <translation>Los píxeles en bruto solo cuentan la tinta en los mismos puntos. Mueve tu dígito unos píxeles (la demostración de desplazamiento de la pestaña Inspeccionar puede cargar una copia movida): esta fila cambia mucho; la de la red, apenas.</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Tu dígito</translation>
    </message>
</context>
<context>
    <name>lab.neighbours.page</name>
    <message>
        <source>Indexing training digits: {done} of {total}</source>
        <translation>Indexando dígitos de entrenamiento: {done} de {total}</translation>
    </message>
    <message>
        <source>Nearest training digits failed</source>
        <translation>Error en los dígitos de entrenamiento más parecidos</translation>
    </message>
    <message>
        <source>training digit #{number} (a {num})</source>
        <translation>dígito de entrenamiento n.º {number} (un {num})</translation>
    </message>
    <message>
        <source>Training digit #{number}, a {num}, is in the Draw tab now.</source>
        <translation>El dígito de entrenamiento n.º {number}, un {num}, ya está en la pestaña Dibujar.</translation>
    </message>
    <message>
        <source>Load or train a model first.</source>
        <translation>Primero carga o entrena un modelo.</translation>
    </message>
    <message>
        <source>Copying the network…</source>
        <translation>Copiando la red…</translation>
    </message>
    <message>
        <source>Indexing training digits…</source>
        <translation>Indexando dígitos de entrenamiento…</translation>
    </message>
    <message>
        <source>Stopped before every training digit was indexed.</source>
        <translation>Se detuvo antes de indexar todos los dígitos de entrenamiento.</translation>
    </message>
    <message>
        <source>The network's weights changed (training): index again to compare with them.</source>
        <translation>Los pesos de la red cambiaron (entrenamiento): vuelve a indexar para comparar con ellos.</translation>
    </message>
    <message>
        <source>Indexing failed.</source>
        <translation>La indexación falló.</translation>
    </message>
    <message>
        <source>{n} training digits indexed in {seconds} s.</source>
        <translation>{n} dígitos de entrenamiento indexados en {seconds} s.</translation>
    </message>
    <message>
        <source>Each digit is described by the {size} numbers of layer {lname} (what the last layer reads), scaled to length 1; similarity is the cosine between two such lists. The {n} digits are a fixed random sample of the {all} training digits.</source>
        <translation>Cada dígito se describe con los {size} números de la capa {lname} (lo que lee la última capa), escalados a longitud 1; la similitud es el coseno entre dos de esas listas. Los {n} dígitos son una muestra aleatoria fija de los {all} dígitos de entrenamiento.</translation>
    </message>
    <message>
        <source>It resembles these training {num}s most: all {k} nearest are {num}s.</source>
        <translation>Tu dígito se parece sobre todo a estos {num} de entrenamiento: los {k} más cercanos son todos {num}.</translation>
    </message>
    <message>
        <source>It resembles training {num}s most ({count} of the {k} nearest), with a few {rest}.</source>
        <translation>Tu dígito se parece sobre todo a los {num} de entrenamiento ({count} de los {k} más cercanos), con algunos {rest}.</translation>
    </message>
    <message>
        <source>It lies between digits: its {k} nearest include {nums}.</source>
        <translation>Tu dígito está entre varios dígitos: entre sus {k} más cercanos hay {nums}.</translation>
    </message>
    <message>
        <source>The network answers {reply}: a borderline digit.</source>
        <translation>La red responde {reply}: un dígito dudoso.</translation>
    </message>
    <message>
        <source>{num}s</source>
        <translation>{num}</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to meet its nearest training digits.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar para ver sus dígitos de entrenamiento más parecidos.</translation>
    </message>
</context>
<context>
    <name>lab.neighbours.tiles</name>
    <message>
        <source>Training digit</source>
        <translation>Dígito de entrenamiento</translation>
    </message>
    <message>
        <source>A training {num}, similarity {similarity}</source>
        <translation>Un {num} de entrenamiento, similitud {similarity}</translation>
    </message>
    <message>
        <source>A training {num}, similarity {similarity} (1 = the same to the network). Click to load it into the Draw tab.</source>
        <translation>Un {num} de entrenamiento, similitud {similarity} (1 = igual para la red). Haz clic para cargarlo en la pestaña Dibujar.</translation>
    </message>
</context>
<context>
    <name>lab.robustness.answer_column</name>
    <message>
        <source>&lt;b style='color:{colour}'&gt;still {num}&lt;/b&gt; ({pct})</source>
        <translation>&lt;b style='color:{colour}'&gt;sigue siendo {num}&lt;/b&gt; ({pct})</translation>
    </message>
    <message>
        <source>&lt;b style='color:{colour}'&gt;now {num}&lt;/b&gt; ({pct}) · was {prev}</source>
        <translation>&lt;b style='color:{colour}'&gt;ahora {num}&lt;/b&gt; ({pct}) · antes {prev}</translation>
    </message>
</context>
<context>
    <name>lab.robustness.answers_card</name>
    <message>
        <source>Two networks, one spoiled digit</source>
        <translation>Dos redes, un dígito estropeado</translation>
    </message>
    <message>
        <source>Green: the answer survived the change. Orange: the network changed its mind.</source>
        <translation>Verde: la respuesta sobrevivió al cambio. Naranja: la red cambió de opinión.</translation>
    </message>
    <message>
        <source>The spoiled digit, {grid} pixels: what both networks are given</source>
        <translation>El dígito estropeado, {grid} píxeles: lo que reciben ambas redes</translation>
    </message>
    <message>
        <source>What they see</source>
        <translation>Lo que ven</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Choose another model file (.keras) to compare with</source>
        <translation>Elige otro archivo de modelo (.keras) para comparar</translation>
    </message>
    <message>
        <source>Go to Draw</source>
        <translation>Ir a Dibujar</translation>
    </message>
    <message>
        <source>Draw or open a digit on the Draw tab</source>
        <translation>Dibuja o abre un dígito en la pestaña Dibujar</translation>
    </message>
</context>
<context>
    <name>lab.robustness.curves_card</name>
    <message>
        <source>&lt;b&gt;Why the CNN copes better with moves.&lt;/b&gt; A convolution filter is one small detector slid over every position of the picture, so a stroke moved two pixels still lights up the same filter, just two places further along. Max pooling then keeps only the strongest response in each small window, so a small move often changes nothing at all once pooled. A plain dense network has neither: each of its weights belongs to one fixed pixel, so a digit moved a few pixels lands on weights that never saw ink there in training. Large turns defeat both, because the strokes themselves point elsewhere: networks learn to tolerate those only from turned training digits (the &lt;i&gt;best&lt;/i&gt; preset's augmentation).</source>
        <translation>&lt;b&gt;Por qué la CNN aguanta mejor los desplazamientos.&lt;/b&gt; Un filtro de convolución es un pequeño detector que se desliza por todas las posiciones de la imagen, así que un trazo movido dos píxeles sigue activando el mismo filtro, solo dos posiciones más allá. Después, el max pooling se queda solo con la respuesta más fuerte de cada ventana pequeña, de modo que un desplazamiento pequeño a menudo no cambia nada tras el pooling. Una red densa sencilla no tiene ninguna de las dos cosas: cada uno de sus pesos pertenece a un píxel fijo, así que un dígito movido unos píxeles cae sobre pesos que nunca vieron tinta ahí durante el entrenamiento. Los giros grandes vencen a ambas, porque los propios trazos apuntan a otro lado: las redes solo aprenden a tolerarlos con dígitos de entrenamiento girados (el aumento de datos del preajuste &lt;i&gt;best&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>Robustness curves</source>
        <translation>Curvas de robustez</translation>
    </message>
    <message>
        <source>A sample of MNIST test digits, moved further and further (each in its own random direction) and turned further and further: how many does each network still read correctly?</source>
        <translation>Una muestra de dígitos de prueba de MNIST, cada vez más desplazados (cada uno en su propia dirección aleatoria) y cada vez más girados: ¿cuántos sigue leyendo bien cada red?</translation>
    </message>
    <message>
        <source>Measure robustness curves</source>
        <translation>Medir curvas de robustez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation>{n} dígitos de prueba</translation>
    </message>
    <message>
        <source>More digits: smoother curves, a longer wait</source>
        <translation>Más dígitos: curvas más suaves, una espera más larga</translation>
    </message>
</context>
<context>
    <name>lab.robustness.page</name>
    <message>
        <source>Draw a digit on the Draw tab first.</source>
        <translation>Primero dibuja un dígito en la pestaña Dibujar.</translation>
    </message>
    <message>
        <source>No model loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>This model: {name}</source>
        <translation>Este modelo: {name}</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>Este modelo</translation>
    </message>
    <message>
        <source>The model open in the app (Model ▸ Open Model… changes it)</source>
        <translation>El modelo abierto en la aplicación (Modelo ▸ Abrir modelo… lo cambia)</translation>
    </message>
    <message>
        <source>Compared with: {name}</source>
        <translation>Comparado con: {name}</translation>
    </message>
    <message>
        <source>Your digit, {changes} (Robustness lab)</source>
        <translation>Tu dígito, {changes} (laboratorio de robustez)</translation>
    </message>
    <message>
        <source>The spoiled digit is now on the Draw tab's canvas</source>
        <translation>El dígito estropeado ya está en el lienzo de la pestaña Dibujar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Compare with which model?</source>
        <translation>¿Con qué modelo comparar?</translation>
    </message>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Modelos de Keras (*.keras);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Loading the comparison model…</source>
        <translation>Cargando el modelo de comparación…</translation>
    </message>
    <message>
        <source>Load a model first: there is nothing to measure.</source>
        <translation>Primero carga un modelo: no hay nada que medir.</translation>
    </message>
    <message>
        <source>Copying the current model…</source>
        <translation>Copiando el modelo actual…</translation>
    </message>
    <message>
        <source>this model ({name})</source>
        <translation>este modelo ({name})</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>compared with ({name})</source>
        <translation>comparado con ({name})</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Loading the test digits and both models…</source>
        <translation>Cargando los dígitos de prueba y ambos modelos…</translation>
    </message>
    <message>
        <source>Robustness curves failed</source>
        <translation>Las curvas de robustez fallaron</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Measured on {n} test digits. Moved 3 px: this model reads {current} %, the comparison {comparison} %.</source>
        <translation>Medido con {n} dígitos de prueba. Con 3 px de desplazamiento: este modelo acierta el {current} %; el de comparación, el {comparison} %.</translation>
    </message>
    <message>
        <source>Measured on {n} test digits.</source>
        <translation>Medido con {n} dígitos de prueba.</translation>
    </message>
    <message>
        <source>Measuring… step {done} of {total}</source>
        <translation>Midiendo… paso {done} de {total}</translation>
    </message>
    <message>
        <source>Could not load that model.</source>
        <translation>No se pudo cargar ese modelo.</translation>
    </message>
    <message>
        <source>Cannot compare with that model</source>
        <translation>No se puede comparar con ese modelo</translation>
    </message>
    <message>
        <source>The Robustness lab failed</source>
        <translation>Error en el laboratorio de robustez</translation>
    </message>
</context>
<context>
    <name>lab.robustness.plot</name>
    <message>
        <source>Moved further: accuracy</source>
        <translation>Más desplazado: precisión</translation>
    </message>
    <message>
        <source>shift (pixels, random direction)</source>
        <translation>desplazamiento (píxeles, dirección aleatoria)</translation>
    </message>
    <message>
        <source>Turned further: accuracy</source>
        <translation>Más girado: precisión</translation>
    </message>
    <message>
        <source>rotation (degrees, + anticlockwise)</source>
        <translation>giro (grados, + en sentido antihorario)</translation>
    </message>
    <message>
        <source>guessing</source>
        <translation>al azar</translation>
    </message>
</context>
<context>
    <name>lab.robustness.spoil_card</name>
    <message>
        <source>Move right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Move the digit left (−) or right (+), in pixels</source>
        <translation>Mueve el dígito a la izquierda (−) o a la derecha (+), en píxeles</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Move the digit up (−) or down (+), in pixels</source>
        <translation>Mueve el dígito hacia arriba (−) o hacia abajo (+), en píxeles</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Turn the digit about its centre of mass</source>
        <translation>Gira el dígito alrededor de su centro de masa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Shrink or enlarge the digit about its centre</source>
        <translation>Reduce o amplía el dígito alrededor de su centro</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Trazo</translation>
    </message>
    <message>
        <source>Thinner (−) or thicker (+) strokes, in pixels on each side</source>
        <translation>Trazos más finos (−) o más gruesos (+), en píxeles por cada lado</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Random speckles over the whole picture</source>
        <translation>Motas aleatorias por toda la imagen</translation>
    </message>
    <message>
        <source>Spoil your digit</source>
        <translation>Estropea tu dígito</translation>
    </message>
    <message>
        <source>Change the digit the network saw and watch both networks answer as you drag.</source>
        <translation>Cambia el dígito que vio la red y observa cómo responden ambas redes mientras arrastras.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Put every slider back: the digit as the network saw it</source>
        <translation>Devuelve todos los controles a su sitio: el dígito tal como lo vio la red</translation>
    </message>
    <message>
        <source>Send to Draw</source>
        <translation>Enviar a Dibujar</translation>
    </message>
    <message>
        <source>Put the spoiled digit on the Draw tab's canvas. The Draw tab crops and centres every picture again, so a move disappears there; turns, sizes and strokes stay.</source>
        <translation>Pon el dígito estropeado en el lienzo de la pestaña Dibujar. Allí cada imagen se recorta y se centra de nuevo, así que un desplazamiento desaparece; los giros, tamaños y trazos se mantienen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save an animation for slides: one slider dragged from end to end, from where the others are now, with both networks' answers</source>
        <translation>Guarda una animación para diapositivas: un control arrastrado de un extremo al otro, con los demás donde están ahora y con las respuestas de ambas redes</translation>
    </message>
    <message>
        <source>Try moving it 3 px to one side: the CNN usually keeps its answer, the plain network often does not. Then turn it 30°: both start to struggle.</source>
        <translation>Prueba a moverlo 3 px hacia un lado: la CNN suele mantener su respuesta, la red sencilla a menudo no. Luego gíralo 30°: las dos empiezan a tener problemas.</translation>
    </message>
</context>
<context>
    <name>lab.robustness.words</name>
    <message>
        <source>{angle}° anticlockwise</source>
        <translation>{angle}° a la izquierda</translation>
    </message>
    <message>
        <source>{angle}° clockwise</source>
        <translation>{angle}° a la derecha</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>moved {x} px right and {y} px down</source>
        <translation>movido {x} px a la derecha y {y} px hacia abajo</translation>
    </message>
    <message>
        <source>moved {x} px right and {y} px up</source>
        <translation>movido {x} px a la derecha y {y} px hacia arriba</translation>
    </message>
    <message>
        <source>moved {x} px left and {y} px down</source>
        <translation>movido {x} px a la izquierda y {y} px hacia abajo</translation>
    </message>
    <message>
        <source>moved {x} px left and {y} px up</source>
        <translation>movido {x} px a la izquierda y {y} px hacia arriba</translation>
    </message>
    <message>
        <source>moved {x} px right</source>
        <translation>movido {x} px a la derecha</translation>
    </message>
    <message>
        <source>moved {x} px left</source>
        <translation>movido {x} px a la izquierda</translation>
    </message>
    <message>
        <source>moved {y} px down</source>
        <translation>movido {y} px hacia abajo</translation>
    </message>
    <message>
        <source>moved {y} px up</source>
        <translation>movido {y} px hacia arriba</translation>
    </message>
    <message>
        <source>turned {angle}° anticlockwise</source>
        <translation>girado {angle}° en sentido antihorario</translation>
    </message>
    <message>
        <source>turned {angle}° clockwise</source>
        <translation>girado {angle}° en sentido horario</translation>
    </message>
    <message>
        <source>resized to {pct} %</source>
        <translation>escalado al {pct} %</translation>
    </message>
    <message>
        <source>thicker</source>
        <translation>más grueso</translation>
    </message>
    <message>
        <source>thinner</source>
        <translation>más fino</translation>
    </message>
    <message>
        <source>noise {amount}</source>
        <translation>ruido {amount}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
</context>
<context>
    <name>lab.why.ask_card</name>
    <message>
        <source>Where the last convolution layer found evidence (blurry, steady)</source>
        <translation>Dónde encontró indicios la última capa de convolución (borroso, estable)</translation>
    </message>
    <message>
        <source>Which pixels the score is most sensitive to (sharp, speckled)</source>
        <translation>A qué píxeles es más sensible la puntuación (nítido, moteado)</translation>
    </message>
    <message>
        <source>Hide each part of the digit and see the answer change (slowest)</source>
        <translation>Tapa cada parte del dígito y observa cómo cambia la respuesta (lo más lento)</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer, and this model has none</source>
        <translation>Grad-CAM necesita una capa de convolución, y este modelo no tiene ninguna</translation>
    </message>
    <message>
        <source>Why this answer</source>
        <translation>Por qué esta respuesta</translation>
    </message>
    <message>
        <source>Colour marks the parts of your digit that pushed the network towards a digit. Choose a way of asking, and which digit to ask about: its answer, or another one (what here looks like a 7?).</source>
        <translation>El color marca las partes de tu dígito que empujaron a la red hacia un dígito. Elige una forma de preguntar y por qué dígito preguntar: su respuesta u otro (¿qué parece aquí un 7?).</translation>
    </message>
    <message>
        <source>Smooth it</source>
        <translation>Suavizar</translation>
    </message>
    <message>
        <source>Average the gradient over {n} copies of your digit with a little noise added (SmoothGrad): less speckle</source>
        <translation>Promedia el gradiente sobre {n} copias de tu dígito con un poco de ruido añadido (SmoothGrad): menos motas</translation>
    </message>
    <message>
        <source>Way of asking</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Explain what in your digit looks like {num}</source>
        <translation>Explica qué parte de tu dígito parece {num}</translation>
    </message>
    <message>
        <source>Back to the answer</source>
        <translation>Volver a la respuesta</translation>
    </message>
    <message>
        <source>Explain the network's own answer again, whatever it is</source>
        <translation>Vuelve a explicar la propia respuesta de la red, sea cual sea</translation>
    </message>
    <message>
        <source>Explain digit</source>
        <translation>Explicar dígito</translation>
    </message>
</context>
<context>
    <name>lab.why.map_card</name>
    <message>
        <source>how much it raised the score of {cls}</source>
        <translation>cuánto subió la puntuación de {cls}</translation>
    </message>
    <message>
        <source>how much the score of {cls} reacts</source>
        <translation>cuánto reacciona la puntuación de {cls}</translation>
    </message>
    <message>
        <source>% points {cls} loses when hidden</source>
        <translation>puntos porcentuales que pierde {cls} al taparlo</translation>
    </message>
    <message>
        <source>Your digit as the network sees it ({grid}), map on top</source>
        <translation>Tu dígito tal como lo ve la red ({grid}), con el mapa encima</translation>
    </message>
    <message>
        <source>The map alone, in the colours of the scale below</source>
        <translation>El mapa solo, con los colores de la escala de abajo</translation>
    </message>
    <message>
        <source>Your digit ({grid}) with the map on top</source>
        <translation>Tu dígito ({grid}) con el mapa encima</translation>
    </message>
    <message>
        <source>The map alone</source>
        <translation>El mapa solo</translation>
    </message>
</context>
<context>
    <name>lab.why.page</name>
    <message>
        <source>No map: {message}</source>
        <translation>Sin mapa: {message}</translation>
    </message>
    <message>
        <source>Why this answer: {message}</source>
        <translation>Por qué esta respuesta: {message}</translation>
    </message>
    <message>
        <source>The network's answer: {reply}</source>
        <translation>Respuesta de la red: {reply}</translation>
    </message>
    <message>
        <source>No map for this digit</source>
        <translation>No hay mapa para este dígito</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Todavía no hay modelo</translation>
    </message>
    <message>
        <source>Open a model (Model menu) or train one in the Train tab.</source>
        <translation>Abre un modelo (menú Modelo) o entrena uno en la pestaña Entrenar.</translation>
    </message>
    <message>
        <source>Nothing to explain yet</source>
        <translation>Todavía no hay nada que explicar</translation>
    </message>
    <message>
        <source>Draw a digit in the Draw tab (or load one); its map appears here.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar (o carga uno); su mapa aparecerá aquí.</translation>
    </message>
    <message>
        <source>Working out the map…</source>
        <translation>Calculando el mapa…</translation>
    </message>
    <message>
        <source>The network answers {num}, {pct} sure.</source>
        <translation>La red responde {num}, con una seguridad del {pct}.</translation>
    </message>
    <message>
        <source>The network answers {reply}; it gives {num} {pct}.</source>
        <translation>La red responde {reply}; al {num} le da un {pct}.</translation>
    </message>
    <message>
        <source>Nothing in the last convolution layer raised this score, so the map is dark: try occlusion.</source>
        <translation>Nada en la última capa de convolución subió esta puntuación, por eso el mapa está oscuro: prueba la oclusión.</translation>
    </message>
    <message>
        <source>the digit</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>Careful: {caveat}</source>
        <translation>¡Cuidado! {caveat}</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer and this model has none: showing the gradient instead.</source>
        <translation>Grad-CAM necesita una capa de convolución y este modelo no tiene ninguna: se muestra el gradiente en su lugar.</translation>
    </message>
</context>
<context>
    <name>lab.why.reading_card</name>
    <message>
        <source>Bright places are where the network's last convolution layer found the shapes that raised the score of {cls}. It looks through that layer's own coarse grid, so the picture is blurry: it tells you roughly where, not which stroke.</source>
        <translation>Las zonas claras son donde la última capa de convolución de la red encontró las formas que subieron la puntuación de {cls}. Mira a través de la rejilla gruesa de esa capa, por eso la imagen es borrosa: te dice más o menos dónde, no qué trazo.</translation>
    </message>
    <message>
        <source>It shows only what pushed the score up. When nothing in that layer did (often for a digit the network does not see), the map stays dark.</source>
        <translation>Solo muestra lo que hizo subir la puntuación. Si nada en esa capa lo hizo (a menudo con un dígito que la red no reconoce), el mapa se queda oscuro.</translation>
    </message>
    <message>
        <source>Bright pixels are the ones where a tiny change of brightness would change the score of {cls} the most. It is sharp, pixel by pixel.</source>
        <translation>Los píxeles claros son aquellos en los que un cambio mínimo de brillo cambiaría más la puntuación de {cls}. Es nítido, píxel a píxel.</translation>
    </message>
    <message>
        <source>It measures sensitivity, not importance: it is speckled and can light up empty paper next to a stroke. Smoothing averages it over noisy copies of your digit.</source>
        <translation>Mide sensibilidad, no importancia: sale moteado y puede iluminar papel vacío junto a un trazo. Suavizar lo promedia sobre copias de tu dígito con ruido.</translation>
    </message>
    <message>
        <source>Each part of your digit was hidden under a small black square, one at a time, and the network asked again. Red: hiding it lowers the probability of {cls}, so it was evidence for it. Blue: hiding it raises it.</source>
        <translation>Cada parte de tu dígito se tapó con un pequeño cuadrado negro, una cada vez, y se volvió a preguntar a la red. Rojo: taparla baja la probabilidad de {cls}, así que era un indicio a favor. Azul: taparla la sube.</translation>
    </message>
    <message>
        <source>When the network is very sure, hiding one small square barely moves it, and the colours show tiny changes (read the scale). Squares, not strokes: it is coarse.</source>
        <translation>Cuando la red está muy segura, tapar un cuadrado pequeño apenas la mueve, y los colores muestran cambios diminutos (lee la escala). Cuadrados, no trazos: es un mapa grueso.</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Cómo leerlo</translation>
    </message>
</context>
</TS>