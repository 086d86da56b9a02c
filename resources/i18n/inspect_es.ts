<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>inspect.compare.layer_curve</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>inspect.export</name>
    <message>
        <source>{name}: export as .png or .svg</source>
        <translation>{name}: exporta como .png o .svg</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>no se puede escribir {path}</translation>
    </message>
</context>
<context>
    <name>inspect.knows.readout_row</name>
    <message>
        <source>{pct} % of test digits</source>
        <translation>{pct} % de aciertos</translation>
    </message>
    <message>
        <source>would say &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{pct} % sure</source>
        <translation>diría &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;confianza {pct} %</translation>
    </message>
</context>
<context>
    <name>inspect.knows.view</name>
    <message>
        <source>Stop the network after a layer and let the simplest reader there is, a straight line (a logistic regression), read the digit off what that layer computed: how often is it right? Each read-out learns from the layer&apos;s outputs for training digits and is scored on test digits it never saw. The raw pixels are the baseline: what a straight line reads before the network does anything.</source>
        <translation>Detén la red después de una capa y deja que el lector más sencillo que existe, una línea recta (una regresión logística), lea el dígito a partir de lo que esa capa calculó: ¿cuántas veces acierta? Cada lectura aprende de las salidas de la capa para dígitos de entrenamiento y se evalúa con dígitos de prueba que nunca vio. Los píxeles sin procesar son la referencia: lo que lee una línea recta antes de que la red haga nada.</translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation>Lo que sabe cada capa</translation>
    </message>
    <message>
        <source>Train the read-outs</source>
        <translation>Entrenar las lecturas</translation>
    </message>
    <message>
        <source>Train the read-outs of every layer again, in the background</source>
        <translation>Vuelve a entrenar las lecturas de todas las capas, en segundo plano</translation>
    </message>
    <message>
        <source>How well each layer can be read</source>
        <translation>Qué tan bien se puede leer cada capa</translation>
    </message>
    <message>
        <source>% read correctly</source>
        <translation>% leído correctamente</translation>
    </message>
    <message>
        <source>What each layer would say of your digit</source>
        <translation>Lo que diría cada capa de tu dígito</translation>
    </message>
    <message>
        <source>The weights changed: new read-outs follow…</source>
        <translation>Los pesos cambiaron: siguen nuevas lecturas…</translation>
    </message>
    <message>
        <source>Training a read-out for every layer on {n} training digits (in the background; about ten seconds for the shipped model)…</source>
        <translation>Entrenando una lectura para cada capa con {n} dígitos de entrenamiento (en segundo plano; unos diez segundos con el modelo incluido)…</translation>
    </message>
    <message>
        <source>No read-outs: {message}</source>
        <translation>Sin lecturas: {message}</translation>
    </message>
    <message>
        <source> Trained in {seconds} s.</source>
        <translation> Entrenadas en {seconds} s.</translation>
    </message>
    <message>
        <source>The read-outs could not be trained: {message}</source>
        <translation>No se pudieron entrenar las lecturas: {message}</translation>
    </message>
    <message>
        <source>Could not train the read-outs</source>
        <translation>No se pudieron entrenar las lecturas</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>{kind}, output {shape}</source>
        <translation>{kind}, salida {shape}</translation>
    </message>
    <message>
        <source>Each read-out learned from {n_train} training digits and was scored on {n_test} test digits.</source>
        <translation>Cada lectura aprendió de {n_train} dígitos de entrenamiento y se evaluó con {n_test} dígitos de prueba.</translation>
    </message>
    <message>
        <source>raw pixels {pct} %</source>
        <translation>píxeles sin procesar {pct} %</translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output.</source>
        <translation>Una línea recta lee bien el {pixels} % de los dígitos de prueba a partir de los píxeles sin procesar y el {last} % a partir de la salida.</translation>
    </message>
    <message>
        <source>A straight line reads {pixels} % of the test digits off the raw pixels and {last} % off the output ({layername}).</source>
        <translation>Una línea recta lee bien el {pixels} % de los dígitos de prueba a partir de los píxeles sin procesar y el {last} % a partir de la salida ({layername}).</translation>
    </message>
    <message>
        <source> The best read-out is {layername}&apos;s ({pct} %).</source>
        <translation> La mejor lectura es la de {layername} ({pct} %).</translation>
    </message>
    <message>
        <source>The network answers {label}. No read-out says so. ({n} read-outs, input first.)</source>
        <translation>La red lee {label}. Ninguna lectura lo dice. ({n} lecturas, la entrada primero.)</translation>
    </message>
    <message>
        <source>The network answers {label}. The first read-out to say so is {layername}&apos;s. ({n} read-outs, input first.)</source>
        <translation>La red lee {label}. La primera lectura que lo dice es la de {layername}. ({n} lecturas, la entrada primero.)</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see what each layer would say of it.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar para ver lo que diría cada capa de él.</translation>
    </message>
    <message>
        <source>The read-outs appear here once they are trained.</source>
        <translation>Las lecturas aparecen aquí cuando estén entrenadas.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.explanations</name>
    <message>
        <source>This value</source>
        <translation>Este valor</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Top patches</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Pixels in a row</source>
        <translation>Píxeles en fila</translation>
    </message>
</context>
<context>
    <name>inspect.layers.filters_card</name>
    <message>
        <source>Filters of this layer</source>
        <translation>Filtros de esta capa</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>No weights here</source>
        <translation>Aquí no hay pesos</translation>
    </message>
    <message>
        <source>The input is just the picture: nothing learned.</source>
        <translation>La entrada es solo la imagen: no se aprende nada.</translation>
    </message>
    <message>
        <source>Pooling learns nothing: it only keeps the largest (or average) value of each {size} window.</source>
        <translation>El pooling no aprende nada: solo conserva el valor más grande (o la media) de cada ventana de {size}.</translation>
    </message>
    <message>
        <source>{kind} has no filters to show.</source>
        <translation>{kind} no tiene filtros que mostrar.</translation>
    </message>
    <message>
        <source>The 1 filter of {layername} ({kh}×{kw})</source>
        <translation>El único filtro de {layername} ({kh}×{kw})</translation>
    </message>
    <message>
        <source>The {n} filters of {layername} ({kh}×{kw})</source>
        <translation>Los {n} filtros de {layername} ({kh}×{kw})</translation>
    </message>
    <message>
        <source>Filter {channel} of {layername}: {n} slices of {kh}×{kw}</source>
        <translation>Filtro {channel} de {layername}: {n} láminas de {kh}×{kw}</translation>
    </message>
    <message>
        <source>What {layername}&apos;s units look at</source>
        <translation>Lo que miran las unidades de {layername}</translation>
    </message>
    <message>
        <source>Weights of {layername}: {inputs} × {units}</source>
        <translation>Pesos de {layername}: {inputs} × {units}</translation>
    </message>
    <message>
        <source>Each tile is one filter: red weights count the pixel under them, blue ones count against. Click one to see its map.</source>
        <translation>Cada casilla es un filtro: los pesos rojos cuentan a favor del píxel que tienen debajo, los azules en contra. Haz clic en uno para ver su mapa.</translation>
    </message>
    <message>
        <source>This filter looks at all {n} maps of the layer before at once: one {kh}×{kw} slice of weights per map (tile 0 = map 0).</source>
        <translation>Este filtro mira a la vez los {n} mapas de la capa anterior: una lámina de pesos de {kh}×{kw} por mapa (casilla 0 = mapa 0).</translation>
    </message>
    <message>
        <source>Each unit has one weight per pixel: its weights drawn as a 28×28 picture (first {shown} of {units}). A unit fires on digits that light up its red pixels, at exactly those places.</source>
        <translation>Cada unidad tiene un peso por píxel: sus pesos dibujados como una imagen de 28×28 (las primeras {shown} de {units}). Una unidad se activa con los dígitos que iluminan sus píxeles rojos, justo en esos lugares.</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <source>One row per unit, one column per input: the weight that input gets in the unit&apos;s sum.</source>
        <translation>Una fila por unidad, una columna por entrada: el peso que recibe esa entrada en la suma de la unidad.</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} unidades</translation>
    </message>
</context>
<context>
    <name>inspect.layers.inspector</name>
    <message>
        <source>Could not explain this</source>
        <translation>No se pudo explicar esto</translation>
    </message>
</context>
<context>
    <name>inspect.layers.maps_card</name>
    <message>
        <source>one per filter</source>
        <translation>uno por filtro</translation>
    </message>
    <message>
        <source>each conv map shrunk by max pooling</source>
        <translation>cada mapa de convolución reducido por max pooling</translation>
    </message>
    <message>
        <source>each map shrunk by averaging</source>
        <translation>cada mapa reducido promediando</translation>
    </message>
    <message>
        <source>rescaled so each channel has a steady range</source>
        <translation>reescalado para que cada canal tenga un rango estable</translation>
    </message>
    <message>
        <source>Feature maps of this layer</source>
        <translation>Mapas de características de esta capa</translation>
    </message>
    <message>
        <source>Nothing to inspect yet</source>
        <translation>Todavía no hay nada que inspeccionar</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab (or pick a random test digit there); every layer&apos;s output for it appears here.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar (o elige allí un dígito de prueba al azar); aquí aparece la salida de cada capa para él.</translation>
    </message>
    <message>
        <source>The input: your digit as 28×28 numbers</source>
        <translation>La entrada: tu dígito como 28×28 números</translation>
    </message>
    <message>
        <source>0 is black, 1 is white. This is all the network gets. Pick a layer above to follow it through.</source>
        <translation>0 es negro, 1 es blanco. Esto es todo lo que recibe la red. Elige una capa arriba para seguirlo.</translation>
    </message>
    <message>
        <source>{layername}: 1 feature map of {h}×{w}</source>
        <translation>{layername}: 1 mapa de características de {h}×{w}</translation>
    </message>
    <message>
        <source>{layername}: {n} feature maps of {h}×{w}</source>
        <translation>{layername}: {n} mapas de características de {h}×{w}</translation>
    </message>
    <message>
        <source>{layername}: 1 number in a row</source>
        <translation>{layername}: 1 número en fila</translation>
    </message>
    <message>
        <source>{layername}: {n} numbers in a row</source>
        <translation>{layername}: {n} números en fila</translation>
    </message>
    <message>
        <source>The probability of each digit, 0 to 9 from left to right (softmax of the ten scores, see Decide); the highest is the answer: {label}.</source>
        <translation>La probabilidad de cada dígito, del 0 al 9 de izquierda a derecha (softmax de las diez puntuaciones, mira Decidir); la más alta es la respuesta: {label}.</translation>
    </message>
    <message>
        <source>One score per digit, 0 to 9 from left to right; the highest is the answer: {label}.</source>
        <translation>Una puntuación por dígito, del 0 al 9 de izquierda a derecha; la más alta es la respuesta: {label}.</translation>
    </message>
    <message>
        <source>{kind}, {maps}. Click any value to see how it was computed; hover to read it.</source>
        <translation>{kind}, {maps}. Haz clic en un valor para ver cómo se calculó; pasa el ratón por encima para leerlo.</translation>
    </message>
    <message>
        <source>{kind}, {maps}. Hover over a value to read it.</source>
        <translation>{kind}, {maps}. Pasa el ratón sobre un valor para leerlo.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>0 = black</source>
        <translation>0 = negro</translation>
    </message>
    <message>
        <source>{kind}: a vector, no longer a picture (shown wrapped, {width} per line). Hover to read a value.</source>
        <translation>{kind}: un vector, ya no una imagen (mostrado en varias líneas, {width} por línea). Pasa el ratón por encima para leer un valor.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.conv_value</name>
    <message>
        <source>Click a value of a convolution&apos;s feature map</source>
        <translation>Haz clic en un valor de un mapa de características de la convolución</translation>
    </message>
    <message>
        <source>A filter is a small grid of weights. It sits on a window of its input; each input value is multiplied by the weight on top of it and everything is added up, plus a bias. That one number becomes one pixel of the feature map.</source>
        <translation>Un filtro es una pequeña cuadrícula de pesos. Se coloca sobre una ventana de su entrada; cada valor de entrada se multiplica por el peso que tiene encima y se suma todo, más un sesgo. Ese único número se convierte en un píxel del mapa de características.</translation>
    </message>
    <message>
        <source>▶ Slide the filter</source>
        <translation>▶ Deslizar el filtro</translation>
    </message>
    <message>
        <source>Move the filter over every position and watch the feature map being built, value by value</source>
        <translation>Mueve el filtro por todas las posiciones y mira cómo se construye el mapa de características, valor a valor</translation>
    </message>
    <message>
        <source>Input 28×28, green: what this value sees</source>
        <translation>Entrada 28×28, en verde: lo que ve este valor</translation>
    </message>
    <message>
        <source>This feature map being built</source>
        <translation>Este mapa de características en construcción</translation>
    </message>
    <message>
        <source>Which input channel&apos;s window and weights to show</source>
        <translation>De qué canal de entrada se muestran la ventana y los pesos</translation>
    </message>
    <message>
        <source>Input channel shown:</source>
        <translation>Canal de entrada mostrado:</translation>
    </message>
    <message>
        <source>Window of the input</source>
        <translation>Ventana de la entrada</translation>
    </message>
    <message>
        <source>Filter weights</source>
        <translation>Pesos del filtro</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>{layername}, filter {channel}: row {row}, column {col}</source>
        <translation>{layername}, filtro {channel}: fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>{channel}  (adds {number})</source>
        <translation>{channel}  (aporta {number})</translation>
    </message>
    <message>
        <source>Window of {layername}, channel {channel}</source>
        <translation>Ventana de {layername}, canal {channel}</translation>
    </message>
    <message>
        <source>The sum is negative ({number}), so ReLU clamps it to 0: this filter found nothing it is looking for here.</source>
        <translation>La suma es negativa ({number}), así que ReLU la deja en 0: este filtro no encontró aquí nada de lo que busca.</translation>
    </message>
    <message>
        <source>The filter is {n} layers deep: one {h}×{w}-pixel view per input channel. Each channel&apos;s products add up to one number (below, channel 0 first, row by row; hover to read it); the {n} sums added together give the total.</source>
        <translation>El filtro tiene {n} láminas de profundidad: una vista de {h}×{w} píxeles por canal de entrada. Los productos de cada canal suman un número (abajo, primero el canal 0, fila a fila; pasa el ratón por encima para leerlo); las {n} sumas juntas dan el total.</translation>
    </message>
    <message>
        <source>Window of the input (0 = black, 1 = white)</source>
        <translation>Ventana de la entrada (0 = negro, 1 = blanco)</translation>
    </message>
    <message>
        <source>The {n} products add up to {total}, the sum of products below.</source>
        <translation>Los {n} productos suman {total}, la suma de productos de abajo.</translation>
    </message>
    <message>
        <source>Channel {channel}&apos;s {n} products add up to {total}, its share of the sum below.</source>
        <translation>Los {n} productos del canal {channel} suman {total}, su parte de la suma de abajo.</translation>
    </message>
    <message>
        <source>sum of products &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation>suma de productos &lt;b&gt;{total}&lt;/b&gt; {sign} sesgo &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>sum over the {n} channels &lt;b&gt;{total}&lt;/b&gt; {sign} bias &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</source>
        <translation>suma de los {n} canales &lt;b&gt;{total}&lt;/b&gt; {sign} sesgo &lt;b&gt;{bias}&lt;/b&gt; = &lt;b&gt;{pre}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Numbers are rounded to {n} decimals; the products are rounded so that they add up exactly to the sums shown.</source>
        <translation>Los números están redondeados a {n} decimales; los productos se redondean de modo que sumen exactamente las sumas mostradas.</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <source>The sum is positive, so ReLU lets it through unchanged: the filter found some of its pattern here.</source>
        <translation>La suma es positiva, así que ReLU la deja pasar sin cambios: el filtro encontró aquí algo de su patrón.</translation>
    </message>
    <message>
        <source>This layer has no activation of its own; the next layers (batch normalisation, then ReLU) act on this number.</source>
        <translation>Esta capa no tiene activación propia; las capas siguientes (normalización por lotes y luego ReLU) actúan sobre este número.</translation>
    </message>
    <message>
        <source>The {act} activation turns the sum into the value.</source>
        <translation>La activación {act} convierte la suma en el valor.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.decide</name>
    <message>
        <source>Flatten, then decide</source>
        <translation>Aplanar y luego decidir</translation>
    </message>
    <message>
        <source>1 · Flatten: the maps become one row of numbers</source>
        <translation>1 · Aplanar: los mapas se convierten en una fila de números</translation>
    </message>
    <message>
        <source>2 · The dense layers add it all up</source>
        <translation>2 · Las capas densas lo suman todo</translation>
    </message>
    <message>
        <source>3 · The highest score wins</source>
        <translation>3 · Gana la puntuación más alta</translation>
    </message>
    <message>
        <source>4 · What pushed the answer up, what held it down</source>
        <translation>4 · Qué impulsó la respuesta y qué la frenó</translation>
    </message>
    <message>
        <source>The 28×28 image unrolled into one row of {n} numbers (shown wrapped, {width} per line: four image rows each). Nothing in this row says which pixel was above which.</source>
        <translation>La imagen de 28×28 desenrollada en una fila de {n} números (mostrada en varias líneas, {width} por línea: cuatro filas de la imagen cada una). Nada en esta fila dice qué píxel estaba encima de cuál.</translation>
    </message>
    <message>
        <source>The {h}×{w}×{c} feature maps of {layername} unrolled into one row of {numbers} (wrapped, {width} per line). Each says how strongly a feature was found somewhere, not how bright a pixel was.</source>
        <translation>Los mapas de características de {h}×{w}×{c} de {layername} desenrollados en una fila de {numbers} (en varias líneas, {width} por línea). Cada uno dice con qué fuerza se encontró una característica en algún lugar, no lo brillante que era un píxel.</translation>
    </message>
    <message>
        <source>pushed {label} down ← 0 → pushed {label} up</source>
        <translation>bajó el {label} ← 0 → subió el {label}</translation>
    </message>
    <message>
        <source>The same row, number for number in the same place: what each one added to the score of {label} (red up, blue down; white: nothing, most are 0).</source>
        <translation>La misma fila, número a número en el mismo lugar: lo que cada uno aportó a la puntuación del {label} (rojo hacia arriba, azul hacia abajo; blanco: nada, la mayoría son 0).</translation>
    </message>
    <message>
        <source>{layername} has {units}; each multiplies all {inputs} by its own weights, adds them up with a bias, and ReLU keeps it only if positive: {fired} of {n} fired for your digit.</source>
        <translation>{layername} tiene {units}; cada una multiplica todas sus entradas ({inputs}) por sus propios pesos, las suma con un sesgo, y ReLU conserva el resultado solo si es positivo: {fired} de {n} se activaron con tu dígito.</translation>
    </message>
    <message>
        <source>The output layer does the same once per digit with the {inputs}: ten sums, the scores. Every share above is a number&apos;s part in the score of {label} through all these sums.</source>
        <translation>La capa de salida hace lo mismo una vez por dígito con {inputs}: diez sumas, las puntuaciones. Cada aporte de arriba es la parte de un número en la puntuación del {label} a través de todas estas sumas.</translation>
    </message>
    <message>
        <source>Softmax turns the ten scores into probabilities that add up to 100 %: {label}&apos;s score of {score} becomes {pct} %. The Draw tab&apos;s bars and the output layer&apos;s tiles on the left show these probabilities.</source>
        <translation>Softmax convierte las diez puntuaciones en probabilidades que suman 100 %: la puntuación {score} del {label} se convierte en {pct} %. Las barras de la pestaña Dibujar y las casillas de la capa de salida a la izquierda muestran estas probabilidades.</translation>
    </message>
    <message>
        <source>map {k} of {layername}</source>
        <translation>mapa {k} de {layername}</translation>
    </message>
    <message>
        <source>feature maps of {layername}</source>
        <translation>mapas de características de {layername}</translation>
    </message>
    <message>
        <source>Each of {layername}&apos;s {c} maps added its {numbers} to the score of {label}: the maps that pushed it up most (red) and held it down most (blue). Find them on the left by selecting that layer.</source>
        <translation>Cada uno de los {c} mapas de {layername} aportó sus {numbers} a la puntuación del {label}: los mapas que más la subieron (rojo) y más la frenaron (azul). Los encontrarás a la izquierda si seleccionas esa capa.</translation>
    </message>
    <message>
        <source>numbers of {layername}</source>
        <translation>números de {layername}</translation>
    </message>
    <message>
        <source>The {parts} that pushed the score of {label} up most (red) and held it down most (blue).</source>
        <translation>Los {parts} que más subieron (rojo) y más frenaron (azul) la puntuación del {label}.</translation>
    </message>
    <message>
        <source>Score of {label}: &lt;b style=&apos;color:#ef4444&apos;&gt;{up}&lt;/b&gt; from the {parts} that pushed it up, &lt;b style=&apos;color:#3b82f6&apos;&gt;{down}&lt;/b&gt; from those that held it down, &lt;b&gt;{bias}&lt;/b&gt; from the biases = &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Puntuación del {label}: &lt;b style=&apos;color:#ef4444&apos;&gt;{up}&lt;/b&gt; de los {parts} que la subieron, &lt;b style=&apos;color:#3b82f6&apos;&gt;{down}&lt;/b&gt; de los que la frenaron, &lt;b&gt;{bias}&lt;/b&gt; de los sesgos = &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Flatten, then decide: why “{label}”</source>
        <translation>Aplanar y luego decidir: por qué «{label}»</translation>
    </message>
    <message>
        <source>{n} units that fired</source>
        <translation>{n} unidades que se activaron</translation>
    </message>
    <message>
        <source>digit&lt;br&gt;score&lt;br&gt;probability</source>
        <translation>dígito&lt;br&gt;puntuación&lt;br&gt;probabilidad</translation>
    </message>
    <message>
        <source>pixel row {row}, column {col}</source>
        <translation>píxel fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>píxeles</translation>
    </message>
    <message>
        <source>Rounded to 2 decimals so that the parts add up to the score.</source>
        <translation>Redondeado a 2 decimales para que las partes sumen la puntuación.</translation>
    </message>
    <message>
        <source>Its dense layers still add up weight × input for every unit; only the split into each number&apos;s share needs ReLU units.</source>
        <translation>Sus capas densas siguen sumando peso × entrada para cada unidad; solo el reparto en la parte de cada número necesita unidades ReLU.</translation>
    </message>
    <message>
        <source>Probabilities: {list}</source>
        <translation>Probabilidades: {list}</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 número</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} números</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pixels_in_a_row</name>
    <message>
        <source>Pixels in a row: what a plain network gets</source>
        <translation>Píxeles en fila: lo que recibe una red sencilla</translation>
    </message>
    <message>
        <source>Each image row is laid after the previous one: the 784 numbers are shown below as 7 lines of 112 (four image rows per line).</source>
        <translation>Cada fila de la imagen se coloca detrás de la anterior: los 784 números se muestran abajo como 7 líneas de 112 (cuatro filas de la imagen por línea).</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see it unrolled.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar para verlo desenrollado.</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>tu dígito</translation>
    </message>
    <message>
        <source>moved {n} px right</source>
        <translation>movido {n} px a la derecha</translation>
    </message>
    <message>
        <source>your digit as a row</source>
        <translation>tu dígito como fila</translation>
    </message>
    <message>
        <source>the moved digit as a row</source>
        <translation>el dígito movido como fila</translation>
    </message>
    <message>
        <source>Moving the digit by just 1 pixel changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation>Mover el dígito solo 1 píxel cambia notablemente &lt;b&gt;{changed} de los 784 números&lt;/b&gt;. Una red sencilla ve dos filas muy distintas; la forma es la misma, pero la red no tiene ni idea de qué es «la misma forma».</translation>
    </message>
    <message>
        <source>Moving the digit by just {n} pixels changes &lt;b&gt;{changed} of the 784 numbers&lt;/b&gt; noticeably. A plain network sees two quite different rows; the shape is the same, but it has no idea what “the same shape” is.</source>
        <translation>Mover el dígito solo {n} píxeles cambia notablemente &lt;b&gt;{changed} de los 784 números&lt;/b&gt;. Una red sencilla ve dos filas muy distintas; la forma es la misma, pero la red no tiene ni idea de qué es «la misma forma».</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.pool_value</name>
    <message>
        <source>Click a value of a pooling layer&apos;s map</source>
        <translation>Haz clic en un valor de un mapa de la capa de pooling</translation>
    </message>
    <message>
        <source>Max pooling shrinks a map: it looks at a small window (here marked green) and keeps only the largest value, the winner (orange). If the digit moves by a pixel, the winner usually stays in the same window, so the pooled map barely changes.</source>
        <translation>El max pooling reduce un mapa: mira una pequeña ventana (aquí marcada en verde) y conserva solo el valor más grande, el ganador (naranja). Si el dígito se mueve un píxel, el ganador suele quedarse en la misma ventana, así que el mapa reducido apenas cambia.</translation>
    </message>
    <message>
        <source>Previous map</source>
        <translation>Mapa anterior</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>La ventana</translation>
    </message>
    <message>
        <source>Pooled map</source>
        <translation>Mapa reducido</translation>
    </message>
    <message>
        <source>{layername}, channel {channel}: row {row}, column {col}</source>
        <translation>{layername}, canal {channel}: fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>{layername}, channel {channel}</source>
        <translation>{layername}, canal {channel}</translation>
    </message>
    <message>
        <source>The largest of the {n} values is &lt;b style=&apos;color:{colour}&apos;&gt;{number}&lt;/b&gt; (row {row}, column {col} of {layername}): it becomes the pooled value; the others are dropped.</source>
        <translation>El mayor de los {n} valores es &lt;b style=&apos;color:{colour}&apos;&gt;{number}&lt;/b&gt; (fila {row}, columna {col} de {layername}): se convierte en el valor reducido; los demás se descartan.</translation>
    </message>
    <message>
        <source>Average pooling: the mean of the {n} values, &lt;b&gt;{number}&lt;/b&gt;, becomes the pooled value.</source>
        <translation>Average pooling: la media de los {n} valores, &lt;b&gt;{number}&lt;/b&gt;, se convierte en el valor reducido.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.relu</name>
    <message>
        <source>ReLU: negative values become zero</source>
        <translation>ReLU: los valores negativos pasan a cero</translation>
    </message>
    <message>
        <source>Before the activation a feature map has positive values (red: the filter&apos;s pattern is there) and negative ones (blue: the opposite). ReLU replaces every negative value by zero (white) and keeps the positive ones, so only real detections remain.</source>
        <translation>Antes de la activación, un mapa de características tiene valores positivos (rojo: el patrón del filtro está ahí) y negativos (azul: lo contrario). ReLU sustituye cada valor negativo por cero (blanco) y conserva los positivos, así que solo quedan las detecciones reales.</translation>
    </message>
    <message>
        <source>Before ReLU</source>
        <translation>Antes de ReLU</translation>
    </message>
    <message>
        <source>After ReLU</source>
        <translation>Después de ReLU</translation>
    </message>
    <message>
        <source>ReLU on {layername}, filter {channel}</source>
        <translation>ReLU en {layername}, filtro {channel}</translation>
    </message>
    <message>
        <source>blue below zero, white zero, red above</source>
        <translation>azul bajo cero, blanco cero, rojo por encima</translation>
    </message>
    <message>
        <source>1 of {total} values was negative and became 0.</source>
        <translation>1 de {total} valores era negativo y pasó a 0.</translation>
    </message>
    <message>
        <source>{n} of {total} values were negative and became 0.</source>
        <translation>{n} de {total} valores eran negativos y pasaron a 0.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.shift</name>
    <message>
        <source>Move your digit: what changes?</source>
        <translation>Mueve tu dígito: ¿qué cambia?</translation>
    </message>
    <message>
        <source>The same digit, moved a few pixels, is shown to the network again. Each number below says how much a layer&apos;s maps changed (0 % = identical). Pooled maps usually change less than the convolution maps before them, and the answer stays the same.</source>
        <translation>El mismo dígito, movido unos píxeles, se le muestra otra vez a la red. Cada número de abajo dice cuánto cambiaron los mapas de una capa (0 % = idénticos). Los mapas tras el pooling suelen cambiar menos que los mapas de convolución anteriores, y la respuesta sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Move it:</source>
        <translation>Muévelo:</translation>
    </message>
    <message>
        <source>1 px right</source>
        <translation>1 px derecha</translation>
    </message>
    <message>
        <source>2 px right</source>
        <translation>2 px derecha</translation>
    </message>
    <message>
        <source>3 px right</source>
        <translation>3 px derecha</translation>
    </message>
    <message>
        <source>2 px down</source>
        <translation>2 px abajo</translation>
    </message>
    <message>
        <source>2 px up-left</source>
        <translation>2 px arriba-izq.</translation>
    </message>
    <message>
        <source>Or tilt it:</source>
        <translation>O inclínalo:</translation>
    </message>
    <message>
        <source>10° anticlockwise</source>
        <translation>10° antihorario</translation>
    </message>
    <message>
        <source>10° clockwise</source>
        <translation>10° horario</translation>
    </message>
    <message>
        <source>Load the moved digit into the canvas</source>
        <translation>Cargar el dígito movido en el lienzo</translation>
    </message>
    <message>
        <source>Put the moved digit on the Draw tab&apos;s canvas, like an opened image, to draw over it or watch the answer there</source>
        <translation>Pon el dígito movido en el lienzo de la pestaña Dibujar, como una imagen abierta, para dibujar encima o ver allí la respuesta</translation>
    </message>
    <message>
        <source>The Draw tab crops and centres every drawing again, so a move disappears there; a tilt stays.</source>
        <translation>La pestaña Dibujar recorta y centra de nuevo cada dibujo, así que allí un desplazamiento desaparece; una inclinación se mantiene.</translation>
    </message>
    <message>
        <source>tilted {degrees}° anticlockwise</source>
        <translation>inclinado {degrees}° en sentido antihorario</translation>
    </message>
    <message>
        <source>tilted {degrees}° clockwise</source>
        <translation>inclinado {degrees}° en sentido horario</translation>
    </message>
    <message>
        <source>{n} px down</source>
        <translation>{n} px hacia abajo</translation>
    </message>
    <message>
        <source>{n} px up</source>
        <translation>{n} px hacia arriba</translation>
    </message>
    <message>
        <source>{n} px right</source>
        <translation>{n} px a la derecha</translation>
    </message>
    <message>
        <source>{n} px left</source>
        <translation>{n} px a la izquierda</translation>
    </message>
    <message>
        <source>moved {down} and {right}</source>
        <translation>movido {down} y {right}</translation>
    </message>
    <message>
        <source>moved {down}</source>
        <translation>movido {down}</translation>
    </message>
    <message>
        <source>moved {right}</source>
        <translation>movido {right}</translation>
    </message>
    <message>
        <source>moved 0 px</source>
        <translation>movido 0 px</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>tu dígito</translation>
    </message>
    <message>
        <source>{layername} ch {channel}</source>
        <translation>{layername} canal {channel}</translation>
    </message>
    <message>
        <source>still {label}</source>
        <translation>sigue siendo {label}</translation>
    </message>
    <message>
        <source>now {label}</source>
        <translation>ahora {label}</translation>
    </message>
    <message>
        <source>Answer: {label} ({pct} %) → {verdict} ({pct_b} %). Over {n} moves of 1–3 pixels in four directions the answer stayed the same in {kept} % of them.</source>
        <translation>Respuesta: {label} ({pct} %) → {verdict} ({pct_b} %). En {n} desplazamientos de 1–3 píxeles en cuatro direcciones, la respuesta se mantuvo en el {kept} % de los casos.</translation>
    </message>
    <message>
        <source>after the move</source>
        <translation>tras el desplazamiento</translation>
    </message>
    <message>
        <source>The busiest map of the first convolution and of the last pooling layer, before and after the move.</source>
        <translation>El mapa más activo de la primera convolución y de la última capa de pooling, antes y después del desplazamiento.</translation>
    </message>
    <message>
        <source>This network has no convolution or pooling layers: it only sees 784 separate pixel values, so there are no maps to compare. Compare its answer below with a CNN&apos;s on the same move.</source>
        <translation>Esta red no tiene capas de convolución ni de pooling: solo ve 784 valores de píxel sueltos, así que no hay mapas que comparar. Compara su respuesta de abajo con la de una CNN ante el mismo desplazamiento.</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>convolución</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>pooling</translation>
    </message>
    <message>
        <source>&lt;th align=&apos;left&apos;&gt;layer&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;kind&lt;/th&gt;&lt;th&gt;this move&lt;/th&gt;&lt;th&gt;average of 12 moves&lt;/th&gt;</source>
        <translation>&lt;th align=&apos;left&apos;&gt;capa&lt;/th&gt;&lt;th align=&apos;left&apos;&gt;tipo&lt;/th&gt;&lt;th&gt;este desplazamiento&lt;/th&gt;&lt;th&gt;media de 12 desplazamientos&lt;/th&gt;</translation>
    </message>
    <message>
        <source> On average the convolution maps changed by {conv} %, the pooled maps by {pool} %.</source>
        <translation> De media, los mapas de convolución cambiaron un {conv} % y los mapas tras el pooling un {pool} %.</translation>
    </message>
    <message>
        <source>Your digit, {moved}</source>
        <translation>Tu dígito, {moved}</translation>
    </message>
</context>
<context>
    <name>inspect.layers.panels.top_patches</name>
    <message>
        <source>What this filter looks for</source>
        <translation>Lo que busca este filtro</translation>
    </message>
    <message>
        <source>The network looked at 2,000 test digits. These are the pieces of them (each one exactly the part of the image this filter can see) that made the filter respond most strongly. Early layers respond to short edges and strokes; later layers to bigger shapes made of them.</source>
        <translation>La red miró 2.000 dígitos de prueba. Estos son los fragmentos de ellos (cada uno, justo la parte de la imagen que este filtro puede ver) a los que el filtro respondió con más fuerza. Las primeras capas responden a bordes y trazos cortos; las capas posteriores, a formas más grandes hechas con ellos.</translation>
    </message>
    <message>
        <source>Searching 2,000 test digits in the background…</source>
        <translation>Buscando en 2.000 dígitos de prueba en segundo plano…</translation>
    </message>
    <message>
        <source>The {n} strongest responses among {searched} test digits; each piece is the {h}×{w}-pixel part of a digit the filter sees.</source>
        <translation>Las {n} respuestas más fuertes entre {searched} dígitos de prueba; cada fragmento es la parte de {h}×{w} píxeles de un dígito que ve el filtro.</translation>
    </message>
    <message>
        <source>What a filter looks for</source>
        <translation>Lo que busca un filtro</translation>
    </message>
    <message>
        <source>What {layername}, filter {channel} looks for</source>
        <translation>Lo que busca {layername}, filtro {channel}</translation>
    </message>
</context>
<context>
    <name>inspect.layers.replay_bar</name>
    <message>
        <source>Drag to see the maps and filters as they were at that moment of the last training run, for the digit you drew</source>
        <translation>Arrastra para ver los mapas y los filtros tal como eran en ese momento del último entrenamiento, para el dígito que dibujaste</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Lo más reciente</translation>
    </message>
    <message>
        <source>Back to the newest weights of the run</source>
        <translation>Volver a los pesos más recientes del entrenamiento</translation>
    </message>
    <message>
        <source>Replay training: {moment}</source>
        <translation>Reproducir el entrenamiento: {moment}</translation>
    </message>
    <message>
        <source>Replay training: {moment} (latest)</source>
        <translation>Reproducir el entrenamiento: {moment} (lo más reciente)</translation>
    </message>
</context>
<context>
    <name>inspect.layers.stories</name>
    <message>
        <source>Flatten unrolls the stack of maps into one long row of numbers, so the dense layers after it can read them (see “Flatten &amp; decide”).</source>
        <translation>Flatten desenrolla la pila de mapas en una larga fila de números, para que las capas densas que vienen después puedan leerlos (mira «Decidir»).</translation>
    </message>
    <message>
        <source>A dense (fully connected) layer: each unit multiplies every input by its own weight, adds them up with a bias and applies its activation.</source>
        <translation>Una capa densa (totalmente conectada): cada unidad multiplica cada entrada por su propio peso, lo suma todo con un sesgo y aplica su activación.</translation>
    </message>
    <message>
        <source>Dropout switches off random inputs while training so the network does not rely on any single one. When reading your digit it does nothing.</source>
        <translation>Dropout apaga entradas al azar durante el entrenamiento para que la red no dependa de ninguna en concreto. Al leer tu dígito no hace nada.</translation>
    </message>
    <message>
        <source>Batch normalisation rescales each channel to a steady range, which makes training faster. It does not move anything: each value stays where it is.</source>
        <translation>La normalización por lotes reescala cada canal a un rango estable, lo que acelera el entrenamiento. No mueve nada: cada valor se queda donde está.</translation>
    </message>
    <message>
        <source>An activation layer applies its function (here ReLU) to every value on its own: negatives become zero.</source>
        <translation>Una capa de activación aplica su función (aquí ReLU) a cada valor por separado: los negativos pasan a cero.</translation>
    </message>
    <message>
        <source>How to use this tab</source>
        <translation>Cómo usar esta pestaña</translation>
    </message>
    <message>
        <source>Pick a layer in the strip above. Click a value of a convolution or pooling map to see exactly how it was computed.</source>
        <translation>Elige una capa en la tira de arriba. Haz clic en un valor de un mapa de convolución o de pooling para ver exactamente cómo se calculó.</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>La entrada</translation>
    </message>
    <message>
        <source>Your digit, 28×28 brightness values between 0 and 1. A convolutional network keeps this grid; a plain one unrolls it into a row (see “Pixels in a row”).</source>
        <translation>Tu dígito, 28×28 valores de brillo entre 0 y 1. Una red convolucional conserva esta cuadrícula; una red sencilla la desenrolla en una fila (mira «Píxeles en fila»).</translation>
    </message>
    <message>
        <source>Convolution layer {layername}</source>
        <translation>Capa de convolución {layername}</translation>
    </message>
    <message>
        <source>Pooling layer {layername}</source>
        <translation>Capa de pooling {layername}</translation>
    </message>
    <message>
        <source>Here the convolution has no activation of its own: ReLU is layer {layername}, after batch normalisation; the left map is what it receives.</source>
        <translation>Aquí la convolución no tiene activación propia: ReLU es la capa {layername}, después de la normalización por lotes; el mapa de la izquierda es lo que recibe.</translation>
    </message>
    <message>
        <source>Click any value of a feature map on the left to see the filter&apos;s window, its weights, the products and their sum.</source>
        <translation>Haz clic en cualquier valor de un mapa de características a la izquierda para ver la ventana del filtro, sus pesos, los productos y su suma.</translation>
    </message>
    <message>
        <source>Click any value of a pooled map on the left to see the window it came from and which value won.</source>
        <translation>Haz clic en cualquier valor de un mapa reducido a la izquierda para ver la ventana de la que procede y qué valor ganó.</translation>
    </message>
    <message>
        <source>Select a convolution layer to see ReLU at work on one of its maps.</source>
        <translation>Selecciona una capa de convolución para ver ReLU en acción sobre uno de sus mapas.</translation>
    </message>
    <message>
        <source>This network has no convolution layers, so there are no maps to show ReLU on; its dense units use ReLU the same way on single numbers.</source>
        <translation>Esta red no tiene capas de convolución, así que no hay mapas en los que mostrar ReLU; sus unidades densas usan ReLU igual, sobre números sueltos.</translation>
    </message>
    <message>
        <source>Select a convolution layer (and click one of its maps) to see which pieces of real digits excite that filter most.</source>
        <translation>Selecciona una capa de convolución (y haz clic en uno de sus mapas) para ver qué fragmentos de dígitos reales activan más ese filtro.</translation>
    </message>
    <message>
        <source>This network has no convolution filters. Its dense units&apos; weights (bottom left, for the first dense layer) show what each unit looks for: a whole-image template.</source>
        <translation>Esta red no tiene filtros de convolución. Los pesos de sus unidades densas (abajo a la izquierda, para la primera capa densa) muestran lo que busca cada unidad: una plantilla de la imagen entera.</translation>
    </message>
    <message>
        <source>This layer does not use ReLU.</source>
        <translation>Esta capa no usa ReLU.</translation>
    </message>
</context>
<context>
    <name>inspect.layers.strip</name>
    <message>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>Show what {layername} outputs for your digit</source>
        <translation>Muestra lo que produce {layername} para tu dígito</translation>
    </message>
</context>
<context>
    <name>inspect.tab</name>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Follow your drawing through the network, layer by layer</source>
        <translation>Sigue tu dibujo a través de la red, capa a capa</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>Exportar vista…</translation>
    </message>
    <message>
        <source>Save what the inspector shows as a PNG or SVG picture</source>
        <translation>Guarda lo que muestra el inspector como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Export for slides…</source>
        <translation>Exportar para diapositivas…</translation>
    </message>
    <message>
        <source>Save an animation (the filter sliding, the training replay, a robustness sweep) or a one-page lesson handout</source>
        <translation>Guarda una animación (el filtro deslizándose, la repetición del entrenamiento, un barrido de robustez) o una hoja de clase de una página</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Exportar la vista</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Could not export the view</source>
        <translation>No se pudo exportar la vista</translation>
    </message>
</context>
<context>
    <name>inspect.tour</name>
    <message>
        <source>1. A plain network reads pixels in a row</source>
        <translation>1. Una red sencilla lee píxeles en fila</translation>
    </message>
    <message>
        <source>A plain dense network gets your drawing as one long row of 784 brightness values: the 28×28 grid is pulled apart like a fabric into a single thread. Which pixel sat next to which is lost. Look below: the same digit moved 2 pixels to the right gives a very different row, so to this network it is a different input.</source>
        <translation>Una red densa sencilla recibe tu dibujo como una larga fila de 784 valores de brillo: la cuadrícula de 28×28 se deshace como una tela hasta quedar en un solo hilo. Se pierde qué píxel estaba al lado de cuál. Mira abajo: el mismo dígito movido 2 píxeles a la derecha da una fila muy distinta, así que para esta red es una entrada diferente.</translation>
    </message>
    <message>
        <source>2. Convolution: a small filter slides over the image</source>
        <translation>2. Convolución: un pequeño filtro se desliza por la imagen</translation>
    </message>
    <message>
        <source>A filter is a tiny grid of weights (here 3×3 or 5×5). Placed on a window of the image, it multiplies each pixel by the weight on top of it and adds everything up, plus a bias: one number. Slide it one pixel at a time and you get a whole new image, the feature map. Click any value on the left, or press “Slide the filter”.</source>
        <translation>Un filtro es una cuadrícula diminuta de pesos (aquí 3×3 o 5×5). Colocado sobre una ventana de la imagen, multiplica cada píxel por el peso que tiene encima y lo suma todo, más un sesgo: un número. Deslízalo píxel a píxel y obtienes una imagen completamente nueva, el mapa de características. Haz clic en cualquier valor de la izquierda o pulsa «Deslizar el filtro».</translation>
    </message>
    <message>
        <source>This network has no convolution layers, so nothing slides over the image: its first layer multiplies all 784 pixels at once by one weight each. The pictures on the left are those weights, one 28×28 picture per unit.</source>
        <translation>Esta red no tiene capas de convolución, así que nada se desliza por la imagen: su primera capa multiplica los 784 píxeles a la vez, cada uno por un peso. Las imágenes de la izquierda son esos pesos, una imagen de 28×28 por unidad.</translation>
    </message>
    <message>
        <source>3. Different filters find different features</source>
        <translation>3. Filtros distintos encuentran características distintas</translation>
    </message>
    <message>
        <source>Every tile on the left is the feature map of a different filter, all on your digit. Bright means “my pattern is here”. One filter lights up on left edges, another on horizontal strokes, another on the ends of lines. Below them are the filters themselves: red weights add, blue weights subtract.</source>
        <translation>Cada casilla de la izquierda es el mapa de características de un filtro distinto, todos sobre tu dígito. Claro significa «mi patrón está aquí». Un filtro se ilumina en los bordes izquierdos, otro en los trazos horizontales, otro en los extremos de las líneas. Debajo están los propios filtros: los pesos rojos suman, los azules restan.</translation>
    </message>
    <message>
        <source>Without convolutions there are no feature maps: each unit of the first layer looks at the whole image at once, through one weight per pixel (the pictures on the left). Nothing makes it look for the same small pattern everywhere.</source>
        <translation>Sin convoluciones no hay mapas de características: cada unidad de la primera capa mira la imagen entera a la vez, con un peso por píxel (las imágenes de la izquierda). Nada la obliga a buscar el mismo patrón pequeño en todas partes.</translation>
    </message>
    <message>
        <source>4. Stacked layers build a hierarchy</source>
        <translation>4. Las capas apiladas construyen una jerarquía</translation>
    </message>
    <message>
        <source>This is the last convolution layer. Its filters do not look at pixels but at the maps of the layer before, so they combine simple strokes into bigger shapes: loops, corners, parts of digits. On the right: the pieces of real test digits that excite the selected filter most. Compare with the first layer&apos;s short edges.</source>
        <translation>Esta es la última capa de convolución. Sus filtros no miran píxeles, sino los mapas de la capa anterior, así que combinan trazos simples en formas más grandes: bucles, esquinas, partes de dígitos. A la derecha: los fragmentos de dígitos de prueba reales que más activan el filtro seleccionado. Compáralos con los bordes cortos de la primera capa.</translation>
    </message>
    <message>
        <source>This network has no stack of convolution layers, so there is no hierarchy of features to show. Its hidden layer must learn whole-digit templates directly from pixels.</source>
        <translation>Esta red no tiene una pila de capas de convolución, así que no hay jerarquía de características que mostrar. Su capa oculta tiene que aprender plantillas de dígitos enteros directamente de los píxeles.</translation>
    </message>
    <message>
        <source>4. …and what each layer knows</source>
        <translation>4. …y lo que sabe cada capa</translation>
    </message>
    <message>
        <source>Stop the network after any layer and let a straight line read the digit off what it has computed so far: how often is it right? The curve answers for every layer on test digits, from the raw pixels (dashed) to the output; the bars say what each layer would answer for your digit. Each stage makes the digit easier to read.</source>
        <translation>Detén la red después de cualquier capa y deja que una línea recta lea el dígito a partir de lo que se ha calculado hasta ahí: ¿cuántas veces acierta? La curva lo responde para cada capa con dígitos de prueba, desde los píxeles sin procesar (discontinua) hasta la salida; las barras dicen lo que respondería cada capa para tu dígito. Cada etapa hace el dígito más fácil de leer.</translation>
    </message>
    <message>
        <source>The same question for a plain network: how well can a straight line read the digit off each layer? The raw pixels (dashed) already say a lot; each dense layer makes the digit easier to read off.</source>
        <translation>La misma pregunta para una red sencilla: ¿qué tan bien puede una línea recta leer el dígito en cada capa? Los píxeles sin procesar (discontinua) ya dicen mucho; cada capa densa hace el dígito más fácil de leer.</translation>
    </message>
    <message>
        <source>5. ReLU keeps only the positive responses</source>
        <translation>5. ReLU conserva solo las respuestas positivas</translation>
    </message>
    <message>
        <source>After the sum, the activation function ReLU turns every negative value into zero and keeps the positive ones unchanged. The map before (blue negative, red positive) and after (only red left) are on the right: what remains are clear detections.</source>
        <translation>Después de la suma, la función de activación ReLU convierte cada valor negativo en cero y deja los positivos sin cambios. A la derecha están el mapa de antes (azul negativo, rojo positivo) y el de después (solo queda el rojo): lo que queda son detecciones claras.</translation>
    </message>
    <message>
        <source>ReLU works the same way in a dense network: every unit&apos;s negative sum becomes 0. There are just no maps to show it on in this network.</source>
        <translation>ReLU funciona igual en una red densa: la suma negativa de cada unidad pasa a 0. Solo que en esta red no hay mapas en los que mostrarlo.</translation>
    </message>
    <message>
        <source>6. Max pooling keeps the strongest value</source>
        <translation>6. El max pooling conserva el valor más fuerte</translation>
    </message>
    <message>
        <source>Max pooling cuts each map into small windows (here 2×2) and keeps only the largest value of each, the winner. The map becomes four times smaller but keeps what was found, and roughly where.</source>
        <translation>El max pooling (agrupación máxima) corta cada mapa en pequeñas ventanas (aquí 2×2) y conserva solo el valor más grande de cada una, el ganador. El mapa se vuelve cuatro veces más pequeño, pero conserva lo que se encontró y, más o menos, dónde.</translation>
    </message>
    <message>
        <source>This network has no pooling layers: every pixel counts on its own, at its exact place.</source>
        <translation>Esta red no tiene capas de pooling: cada píxel cuenta por sí solo, en su lugar exacto.</translation>
    </message>
    <message>
        <source>6. …which makes small shifts matter less</source>
        <translation>6. …lo que hace que los pequeños desplazamientos importen menos</translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. The convolution maps move with it (a big change), but after pooling many winners stay in the same windows, so the pooled maps change less, and the answer stays the same. Try the other moves.</source>
        <translation>Aquí tu dígito se movió un par de píxeles. Los mapas de convolución se mueven con él (un gran cambio), pero tras el pooling muchos ganadores se quedan en las mismas ventanas, así que los mapas reducidos cambian menos y la respuesta sigue siendo la misma. Prueba los otros desplazamientos.</translation>
    </message>
    <message>
        <source>Here your digit was moved a couple of pixels. A plain network has no maps to absorb the move: every pixel now hits different weights, so its confidence can drop or the answer can change.</source>
        <translation>Aquí tu dígito se movió un par de píxeles. Una red sencilla no tiene mapas que absorban el desplazamiento: ahora cada píxel cae sobre pesos distintos, así que su confianza puede bajar o la respuesta puede cambiar.</translation>
    </message>
    <message>
        <source>7. Flattening, now of features</source>
        <translation>7. Aplanar, ahora características</translation>
    </message>
    <message>
        <source>After convolutions, ReLU and pooling, the stack of small maps is unrolled into one long row, like the pixels in step 1. But each number now means “this feature was found around here”, not “this pixel was bright”.</source>
        <translation>Después de las convoluciones, ReLU y el pooling, la pila de mapas pequeños se desenrolla en una larga fila, como los píxeles del paso 1. Pero ahora cada número significa «esta característica se encontró por aquí», no «este píxel era claro».</translation>
    </message>
    <message>
        <source>In this network, flattening happens first, on the raw pixels: the row below is your image itself, as in step 1.</source>
        <translation>En esta red, el aplanado ocurre primero, sobre los píxeles sin procesar: la fila de abajo es tu propia imagen, como en el paso 1.</translation>
    </message>
    <message>
        <source>8. Fully connected layers decide</source>
        <translation>8. Las capas totalmente conectadas deciden</translation>
    </message>
    <message>
        <source>The row of features feeds an ordinary dense network. Each digit&apos;s score is a sum of weight × feature; the highest score wins, and softmax turns the scores into probabilities. On the right: what each number of the row added to the winner&apos;s score, and the feature maps that pushed it up most (red) and held it down (blue).</source>
        <translation>La fila de características alimenta una red densa normal. La puntuación de cada dígito es una suma de peso × característica; gana la puntuación más alta, y softmax convierte las puntuaciones en probabilidades. A la derecha: lo que aportó cada número de la fila a la puntuación del ganador, y los mapas de características que más la subieron (rojo) y la frenaron (azul).</translation>
    </message>
    <message>
        <source>The dense layers decide here too: each digit&apos;s score is a sum of weight × input. But their inputs are raw pixels, which is why a plain network is more easily fooled by a moved or tilted digit.</source>
        <translation>Aquí también deciden las capas densas: la puntuación de cada dígito es una suma de peso × entrada. Pero sus entradas son píxeles sin procesar, y por eso una red sencilla se deja engañar más fácilmente por un dígito movido o inclinado.</translation>
    </message>
    <message>
        <source>idea {idea} of {ideas}</source>
        <translation>idea {idea} de {ideas}</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Close tour</source>
        <translation>Cerrar el recorrido</translation>
    </message>
    <message>
        <source>Take the guided tour</source>
        <translation>Hacer el recorrido guiado</translation>
    </message>
    <message>
        <source>The {ideas} ideas of a convolutional network, one at a time, on your digit</source>
        <translation>Las {ideas} ideas de una red convolucional, una a una, sobre tu dígito</translation>
    </message>
    <message>
        <source>New here? The tour explains, step by step on your own drawing, how a convolutional network reads a digit.</source>
        <translation>¿Primera vez aquí? El recorrido te explica, paso a paso y con tu propio dibujo, cómo lee un dígito una red convolucional.</translation>
    </message>
</context>
<context>
    <name>inspect.tour_keys</name>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.second_digit</name>
    <message>
        <source>What it was confused with</source>
        <translation>Con qué lo confundió</translation>
    </message>
    <message>
        <source>The training digit of the network&apos;s second choice that it finds most like yours</source>
        <translation>El dígito de entrenamiento de la segunda opción de la red que más se parece al tuyo, según ella</translation>
    </message>
    <message>
        <source>Draw it</source>
        <translation>Dibújalo</translation>
    </message>
    <message>
        <source>Draw the second digit on a small canvas</source>
        <translation>Dibuja el segundo dígito en un lienzo pequeño</translation>
    </message>
    <message>
        <source>A test digit</source>
        <translation>Un dígito de prueba</translation>
    </message>
    <message>
        <source>A digit from MNIST&apos;s test set</source>
        <translation>Un dígito del conjunto de prueba de MNIST</translation>
    </message>
    <message>
        <source>Yours, moved</source>
        <translation>El tuyo, movido</translation>
    </message>
    <message>
        <source>Your own digit, moved and turned by the sliders</source>
        <translation>Tu propio dígito, movido y girado con los controles deslizantes</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>The second digit</source>
        <translation>El segundo dígito</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Another test digit</source>
        <translation>Otro dígito de prueba</translation>
    </message>
</context>
<context>
    <name>inspect.two_digits.view</name>
    <message>
        <source>Two digits</source>
        <translation>Dos dígitos</translation>
    </message>
    <message>
        <source>Two digits, one network</source>
        <translation>Dos dígitos, una red</translation>
    </message>
    <message>
        <source>Where do the paths of two digits through the network part, and where do they join again? Pick a second digit; every layer below shows both, and their difference (red: higher for yours, blue: higher for the second).</source>
        <translation>¿Dónde se separan los caminos de dos dígitos a través de la red, y dónde vuelven a unirse? Elige un segundo dígito; cada capa de abajo muestra los dos y su diferencia (rojo: mayor en el tuyo, azul: mayor en el segundo).</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Tu dígito</translation>
    </message>
    <message>
        <source>Second digit</source>
        <translation>Segundo dígito</translation>
    </message>
    <message>
        <source>How alike they are, layer by layer</source>
        <translation>Cuánto se parecen, capa a capa</translation>
    </message>
    <message>
        <source>alike (cosine)</source>
        <translation>parecido (coseno)</translation>
    </message>
    <message>
        <source>Batch normalisation shifts each map&apos;s values, which moves this measure without making the two digits more or less alike.</source>
        <translation>La normalización por lotes desplaza los valores de cada mapa, lo que mueve esta medida sin que los dos dígitos se parezcan más ni menos.</translation>
    </message>
    <message>
        <source>test #{i}, {label}</source>
        <translation>prueba n.º {i}, {label}</translation>
    </message>
    <message>
        <source>The network&apos;s second choice for your digit is {label}. The second digit is the training {label} (#{i}) it finds most like yours.</source>
        <translation>La segunda opción de la red para tu dígito es {label}. El segundo dígito es el {label} de entrenamiento (n.º {i}) que más se parece al tuyo, según la red.</translation>
    </message>
    <message>
        <source>training #{i}, {label}</source>
        <translation>entrenamiento n.º {i}, {label}</translation>
    </message>
    <message>
        <source>{source}&lt;br&gt;reads &lt;b&gt;{label}&lt;/b&gt; · {pct}</source>
        <translation>{source}&lt;br&gt;lee &lt;b&gt;{label}&lt;/b&gt; · {pct}</translation>
    </message>
    <message>
        <source>{number} alike</source>
        <translation>parecido {number}</translation>
    </message>
    <message>
        <source>yours, moved</source>
        <translation>el tuyo, movido</translation>
    </message>
    <message>
        <source>Looking through 6,000 training digits…</source>
        <translation>Buscando entre 6.000 dígitos de entrenamiento…</translation>
    </message>
    <message>
        <source>Could not compare the two digits</source>
        <translation>No se pudieron comparar los dos dígitos</translation>
    </message>
    <message>
        <source>Could not find a second digit</source>
        <translation>No se encontró un segundo dígito</translation>
    </message>
    <message>
        <source>the pixels</source>
        <translation>los píxeles</translation>
    </message>
    <message>
        <source>your digit</source>
        <translation>tu dígito</translation>
    </message>
    <message>
        <source>second digit</source>
        <translation>segundo dígito</translation>
    </message>
    <message>
        <source>difference (yours − second)</source>
        <translation>diferencia (el tuyo − el segundo)</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>tu dibujo</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab: it is compared here with a second one.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar: aquí se compara con un segundo.</translation>
    </message>
    <message>
        <source>Draw the second digit on the small canvas.</source>
        <translation>Dibuja el segundo dígito en el lienzo pequeño.</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>dibujado</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.evaluation</name>
    <message>
        <source>Both networks on the same test digits</source>
        <translation>Las dos redes con los mismos dígitos de prueba</translation>
    </message>
    <message>
        <source>Each network answers the same digits from MNIST&apos;s test set, which neither trained on. Click a digit below to put it on the canvas and see both networks read it.</source>
        <translation>Cada red responde a los mismos dígitos del conjunto de prueba de MNIST, con los que ninguna de las dos se entrenó. Haz clic en un dígito de abajo para ponerlo en el lienzo y ver cómo lo leen las dos redes.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>la otra red</translation>
    </message>
    <message>
        <source>{n} test digits</source>
        <translation>{n} dígitos de prueba</translation>
    </message>
    <message>
        <source>Score both</source>
        <translation>Evaluar las dos</translation>
    </message>
    <message>
        <source>On {n} test digits {a} reads {pct_a} % correctly and {b} {pct_b} %. They give the same answer on {agree} % of them and differ on {differ}.</source>
        <translation>Con {n} dígitos de prueba, {a} lee bien el {pct_a} % y {b} el {pct_b} %. Dan la misma respuesta en el {agree} % de ellos y difieren en {differ}.</translation>
    </message>
    <message>
        <source>The 1 digit on which they disagree</source>
        <translation>El único dígito en el que no coinciden</translation>
    </message>
    <message>
        <source>The {n} digits on which they disagree</source>
        <translation>Los {n} dígitos en los que no coinciden</translation>
    </message>
    <message>
        <source>{caption} (the first {shown}). Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation>{caption} (los primeros {shown}). Debajo de cada uno: la respuesta de {a} y luego la de {b}.</translation>
    </message>
    <message>
        <source>{caption}. Under each: {a}&apos;s answer, then {b}&apos;s.</source>
        <translation>{caption}. Debajo de cada uno: la respuesta de {a} y luego la de {b}.</translation>
    </message>
    <message>
        <source>Test digit #{i}, {truth}: {a} reads {pa}, {b} reads {pb}. Click to put it on the canvas.</source>
        <translation>Dígito de prueba n.º {i}, {truth}: {a} lee {pa}, {b} lee {pb}. Haz clic para ponerlo en el lienzo.</translation>
    </message>
    <message>
        <source>The 1 digit {name} reads as {predicted} where the truth is {true}</source>
        <translation>El único dígito que {name} lee como {predicted} cuando la respuesta correcta es {true}</translation>
    </message>
    <message>
        <source>The {n} digits {name} reads as {predicted} where the truth is {true}</source>
        <translation>Los {n} dígitos que {name} lee como {predicted} cuando la respuesta correcta es {true}</translation>
    </message>
    <message>
        <source>1 digit</source>
        <translation>1 dígito</translation>
    </message>
    <message>
        <source>{n} digits</source>
        <translation>{n} dígitos</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.texts</name>
    <message>
        <source>Two networks, one digit</source>
        <translation>Dos redes, un dígito</translation>
    </message>
    <message>
        <source>Set another network beside this one: both read your digit, and where their layers correspond, their feature maps and filters are shown side by side.</source>
        <translation>Pon otra red al lado de esta: las dos leen tu dígito, y donde sus capas se corresponden, sus mapas de características y filtros se muestran uno al lado del otro.</translation>
    </message>
    <message>
        <source>Which pixels mattered</source>
        <translation>Qué píxeles importaron</translation>
    </message>
    <message>
        <source>Occlusion: each network was asked again with a small square of your digit hidden, square by square. Red where hiding it lowers its confidence in its own answer, blue where it raises it.</source>
        <translation>Oclusión: a cada red se le preguntó otra vez con un pequeño cuadrado de tu dígito tapado, cuadrado a cuadrado. Rojo donde taparlo baja su confianza en su propia respuesta, azul donde la sube.</translation>
    </message>
    <message>
        <source>A moment of the last training run (train on the Train tab)</source>
        <translation>Un momento del último entrenamiento (entrena en la pestaña Entrenar)</translation>
    </message>
    <message>
        <source>This model: {name}</source>
        <translation>Este modelo: {name}</translation>
    </message>
    <message>
        <source>Loading the other network…</source>
        <translation>Cargando la otra red…</translation>
    </message>
    <message>
        <source>No other network yet.</source>
        <translation>Todavía no hay otra red.</translation>
    </message>
    <message>
        <source>The other network</source>
        <translation>La otra red</translation>
    </message>
    <message>
        <source>Compared with: {name}</source>
        <translation>Comparado con: {name}</translation>
    </message>
    <message>
        <source>Compared with {name}: {kind}, from {source}.</source>
        <translation>Comparado con {name}: {kind}; origen: {source}.</translation>
    </message>
    <message>
        <source>The dense network</source>
        <translation>La red densa</translation>
    </message>
    <message>
        <source>The shipped plain dense network, mlp.keras</source>
        <translation>La red densa sencilla incluida, mlp.keras</translation>
    </message>
    <message>
        <source>A model file…</source>
        <translation>Un archivo de modelo…</translation>
    </message>
    <message>
        <source>A .keras model saved by Convscope</source>
        <translation>Un modelo .keras guardado por Convscope</translation>
    </message>
    <message>
        <source>This model, now</source>
        <translation>Este modelo, ahora</translation>
    </message>
    <message>
        <source>A copy of the current model as it is now, to set beside what it becomes (after more training, fine-tuning or an edit)</source>
        <translation>Una copia del modelo actual tal como está ahora, para ponerla junto a lo que llegue a ser (tras más entrenamiento, un ajuste fino o un cambio)</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>the other network</source>
        <translation>la otra red</translation>
    </message>
    <message>
        <source>Both read {label}: this model {pct_a} sure, {othername} {pct_b}.</source>
        <translation>Las dos leen {label}: este modelo con un {pct_a} de confianza, {othername} con un {pct_b}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;They disagree&lt;/b&gt;: this model reads {label_a} ({pct_a}), {othername} reads {label_b} ({pct_b}).</source>
        <translation>&lt;b&gt;No coinciden&lt;/b&gt;: este modelo lee {label_a} ({pct_a}), {othername} lee {label_b} ({pct_b}).</translation>
    </message>
    <message>
        <source>this model&apos;s {layername}</source>
        <translation>{layername} de este modelo</translation>
    </message>
    <message>
        <source>{netname}&apos;s {layername}</source>
        <translation>{layername} de {netname}</translation>
    </message>
    <message>
        <source>{layername}&apos;s filters · {n} of {size}</source>
        <translation>filtros de {layername} · {n} de {size}</translation>
    </message>
    <message>
        <source>The layers at the same place in both networks, with the same kind and shape of output: {n} of them. Each side has its own colour scale.</source>
        <translation>Las capas que están en el mismo lugar en las dos redes, con el mismo tipo y forma de salida: {n} en total. Cada lado tiene su propia escala de colores.</translation>
    </message>
    <message>
        <source>Both networks are reading {n} test digits…</source>
        <translation>Las dos redes están leyendo {n} dígitos de prueba…</translation>
    </message>
</context>
<context>
    <name>inspect.two_networks.view</name>
    <message>
        <source>Two networks</source>
        <translation>Dos redes</translation>
    </message>
    <message>
        <source>Layer by layer</source>
        <translation>Capa a capa</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <source>Their answers</source>
        <translation>Sus respuestas</translation>
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
        <source>A moment of the last run…</source>
        <translation>Un momento del último entrenamiento…</translation>
    </message>
    <message>
        <source>No training run yet</source>
        <translation>Todavía no hay entrenamiento</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>{name}, as at {time}</source>
        <translation>{name}, a las {time}</translation>
    </message>
    <message>
        <source>a copy taken at {time}</source>
        <translation>una copia tomada a las {time}</translation>
    </message>
    <message>
        <source>Could not compare the networks</source>
        <translation>No se pudieron comparar las redes</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar.</translation>
    </message>
    <message>
        <source>No other network: choose one above.</source>
        <translation>No hay otra red: elige una arriba.</translation>
    </message>
    <message>
        <source>Cannot compare with that model</source>
        <translation>No se puede comparar con ese modelo</translation>
    </message>
    <message>
        <source>The other network failed</source>
        <translation>La otra red falló</translation>
    </message>
    <message>
        <source>{name}: why {label}</source>
        <translation>{name}: por qué {label}</translation>
    </message>
    <message>
        <source>Choose another network above to see its layers here.</source>
        <translation>Elige otra red arriba para ver aquí sus capas.</translation>
    </message>
    <message>
        <source>Choose another network first.</source>
        <translation>Primero elige otra red.</translation>
    </message>
    <message>
        <source>The other network changed meanwhile: score them again.</source>
        <translation>La otra red cambió mientras tanto: vuelve a evaluarlas.</translation>
    </message>
    <message>
        <source>Could not score them: {message}</source>
        <translation>No se pudieron evaluar: {message}</translation>
    </message>
    <message>
        <source>Could not score the two networks</source>
        <translation>No se pudieron evaluar las dos redes</translation>
    </message>
    <message>
        <source>MNIST test digit #{i}</source>
        <translation>Dígito de prueba de MNIST n.º {i}</translation>
    </message>
</context>
<context>
    <name>inspect.views</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Follow your digit through the network, one layer at a time</source>
        <translation>Sigue tu dígito a través de la red, capa a capa</translation>
    </message>
    <message>
        <source>Two digits</source>
        <translation>Dos dígitos</translation>
    </message>
    <message>
        <source>Your digit beside a second one, layer by layer: where do their paths part?</source>
        <translation>Tu dígito junto a un segundo, capa a capa: ¿dónde se separan sus caminos?</translation>
    </message>
    <message>
        <source>Two networks</source>
        <translation>Dos redes</translation>
    </message>
    <message>
        <source>This network beside another on your digit, and both on the same test digits</source>
        <translation>Esta red junto a otra con tu dígito, y las dos con los mismos dígitos de prueba</translation>
    </message>
    <message>
        <source>What each layer knows</source>
        <translation>Lo que sabe cada capa</translation>
    </message>
    <message>
        <source>If the network stopped at a layer, what would it say? A read-out of every layer</source>
        <translation>Si la red se detuviera en una capa, ¿qué diría? Una lectura de cada capa</translation>
    </message>
</context>
</TS>
