<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>train.architecture_card</name>
    <message>
        <source>Architecture (*.json);;All files (*)</source>
        <translation>Arquitectura (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>1 · Architecture</source>
        <translation>1 · Arquitectura</translation>
    </message>
    <message>
        <source>The layers the digit goes through, in order. Shapes and parameter counts update as you edit.</source>
        <translation>Las capas por las que pasa el dígito, en orden. Las formas y el número de parámetros se actualizan mientras editas.</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <source>Load an architecture saved as JSON</source>
        <translation>Cargar una arquitectura guardada como JSON</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save this architecture as JSON</source>
        <translation>Guardar esta arquitectura como JSON</translation>
    </message>
    <message>
        <source>Load an architecture</source>
        <translation>Cargar una arquitectura</translation>
    </message>
    <message>
        <source>Could not load the architecture</source>
        <translation>No se pudo cargar la arquitectura</translation>
    </message>
    <message>
        <source>Save the architecture</source>
        <translation>Guardar la arquitectura</translation>
    </message>
</context>
<context>
    <name>train.curves</name>
    <message>
        <source>Loss per batch: how wrong the network is, falling as it learns</source>
        <translation>Pérdida por lote: cuánto se equivoca la red; baja a medida que aprende</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>cada lote</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Loss after each epoch</source>
        <translation>Pérdida tras cada época</translation>
    </message>
    <message>
        <source>Accuracy after each epoch</source>
        <translation>Precisión tras cada época</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>precisión (%)</translation>
    </message>
    <message>
        <source>training digits</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation digits</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the batch-loss plot as PNG or SVG</source>
        <translation>Guardar la gráfica de pérdida por lote como PNG o SVG</translation>
    </message>
    <message>
        <source>Save the epoch plot as PNG or SVG</source>
        <translation>Guardar la gráfica por épocas como PNG o SVG</translation>
    </message>
    <message>
        <source>History CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Save each epoch's loss and accuracy as CSV</source>
        <translation>Guardar la pérdida y la precisión de cada época como CSV</translation>
    </message>
    <message>
        <source>Export the plot</source>
        <translation>Exportar la gráfica</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
</context>
<context>
    <name>train.editor</name>
    <message>
        <source>Select a layer to change its settings.</source>
        <translation>Selecciona una capa para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>This layer has no settings.</source>
        <translation>Esta capa no tiene ajustes.</translation>
    </message>
    <message>
        <source>= window</source>
        <translation>= ventana</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ajustes</translation>
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
        <source>Start from a ready-made architecture; edit it below</source>
        <translation>Empieza con una arquitectura ya hecha y edítala abajo</translation>
    </message>
    <message>
        <source>Layers of the architecture</source>
        <translation>Capas de la arquitectura</translation>
    </message>
    <message>
        <source>Add layer ▾</source>
        <translation>Añadir capa ▾</translation>
    </message>
    <message>
        <source>Insert a layer after the selected one</source>
        <translation>Insertar una capa después de la seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>Eliminar la capa seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>Mover la capa seleccionada hacia arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>Mover la capa seleccionada hacia abajo</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Empezar con</translation>
    </message>
    <message>
        <source>Layer {n}: {help}</source>
        <translation>Capa {n}: {help}</translation>
    </message>
    <message>
        <source>input: a 28x28x1 image (784 brightness values)</source>
        <translation>entrada: una imagen de 28x28x1 (784 valores de brillo)</translation>
    </message>
    <message>
        <source>{params} parameters to learn · input {shape} → 10 digits</source>
        <translation>{params} parámetros que aprender · entrada {shape} → 10 dígitos</translation>
    </message>
    <message>
        <source>Layer {n}: {problem}</source>
        <translation>Capa {n}: {problem}</translation>
    </message>
    <message>
        <source>Fix the problem below to train this network.</source>
        <translation>Corrige el problema de abajo para entrenar esta red.</translation>
    </message>
</context>
<context>
    <name>train.evaluation_view</name>
    <message>
        <source>Click a cell of the matrix to see its digits.</source>
        <translation>Haz clic en una celda de la matriz para ver sus dígitos.</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Aún no hay evaluación.</translation>
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
        <source>Test accuracy {acc} % on {amount} it never saw</source>
        <translation>Precisión de prueba del {acc} % en {amount} que nunca vio</translation>
    </message>
    <message>
        <source>, {num} read correctly</source>
        <translation>, {num} leído correctamente</translation>
    </message>
    <message>
        <source>, {num} read as {predicted}</source>
        <translation>, {num} leído como {predicted}</translation>
    </message>
    <message>
        <source>{amount} {true} read correctly</source>
        <translation>{amount} con etiqueta {true} leídos correctamente</translation>
    </message>
    <message>
        <source>{amount} {true} read as {predicted}</source>
        <translation>{amount} con etiqueta {true} leídos como {predicted}</translation>
    </message>
    <message>
        <source>Per digit: {list}</source>
        <translation>Por dígito: {list}</translation>
    </message>
    <message>
        <source>Click one to load it into the Draw and Inspect tabs.</source>
        <translation>Haz clic en uno para cargarlo en las pestañas Dibujar e Inspeccionar.</translation>
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
        <source> (first {shown} shown)</source>
        <translation> (se muestran los primeros {shown})</translation>
    </message>
</context>
<context>
    <name>train.follow</name>
    <message>
        <source>Draw and Inspect use the network while it trains</source>
        <translation>Dibujar e Inspeccionar usan la red mientras se entrena</translation>
    </message>
    <message>
        <source>Every few hundred batches and at each epoch's end, a copy of the weights becomes the current model of the other tabs</source>
        <translation>Cada pocos cientos de lotes y al final de cada época, una copia de los pesos pasa a ser el modelo actual de las demás pestañas</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modelo</translation>
    </message>
    <message>
        <source>Draw and Inspect use “{name}” ({filename})</source>
        <translation>Dibujar e Inspeccionar usan «{name}» ({filename})</translation>
    </message>
    <message>
        <source>Draw and Inspect use run {runno}: {text}</source>
        <translation>Dibujar e Inspeccionar usan la ejecución {runno}: {text}</translation>
    </message>
    <message>
        <source>Draw and Inspect use “{name}”</source>
        <translation>Dibujar e Inspeccionar usan «{name}»</translation>
    </message>
</context>
<context>
    <name>train.hyperparameters</name>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD con momento</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>cosine decay</source>
        <translation>decaimiento coseno</translation>
    </message>
    <message>
        <source>halve in thirds</source>
        <translation>reducir a la mitad por tercios</translation>
    </message>
    <message>
        <source>one cycle (warm up, then down to 0)</source>
        <translation>un ciclo (calentar y luego bajar a 0)</translation>
    </message>
    <message>
        <source>one device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>{devices} devices (mirrored)</source>
        <translation>{devices} dispositivos (en espejo)</translation>
    </message>
    <message>
        <source>{workers} machines (multi-worker)</source>
        <translation>{workers} máquinas (varios trabajadores)</translation>
    </message>
    <message>
        <source>How many times the network sees every training digit.</source>
        <translation>Cuántas veces ve la red cada dígito de entrenamiento.</translation>
    </message>
    <message>
        <source>How many digits it looks at before each small weight update.</source>
        <translation>Cuántos dígitos mira antes de cada pequeño ajuste de los pesos.</translation>
    </message>
    <message>
        <source>The rule that turns the error into weight changes: Adam adapts its step per weight; SGD with momentum follows a running average of the slope.</source>
        <translation>La regla que convierte el error en cambios de los pesos: Adam adapta su paso para cada peso; SGD con momento sigue una media móvil de la pendiente.</translation>
    </message>
    <message>
        <source>How big each weight update is: too small learns slowly, too large makes the loss jump or blow up.</source>
        <translation>Qué tan grande es cada ajuste de los pesos: si es muy pequeña aprende despacio; si es muy grande, la pérdida salta o se dispara.</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run: constant, decaying smoothly to almost zero (cosine), halved twice, or one cycle: rising for the first 15 % of the run, then falling to zero at its very end (converges fastest in a few epochs).</source>
        <translation>Cómo cambia la tasa de aprendizaje durante la ejecución: constante, bajando suavemente hasta casi cero (coseno), reducida a la mitad dos veces, o un ciclo: sube durante el primer 15 % de la ejecución y luego baja hasta cero justo al final (converge más rápido en pocas épocas).</translation>
    </message>
    <message>
        <source>Train towards 90 % sure instead of 100 % sure (at 0.1): the network stops pushing its scores to extremes, which generalises better. 0 turns it off.</source>
        <translation>Entrena hacia un 90 % de seguridad en lugar de un 100 % (con 0,1): la red deja de llevar sus puntuaciones a los extremos, lo que generaliza mejor. 0 lo desactiva.</translation>
    </message>
    <message>
        <source>The fraction of training digits held back to check the network on digits it does not learn from.</source>
        <translation>La fracción de dígitos de entrenamiento que se reserva para comprobar la red con dígitos de los que no aprende.</translation>
    </message>
    <message>
        <source>Show randomly shifted, rotated and zoomed copies of the digits, so the network learns to tolerate such changes.</source>
        <translation>Muestra copias de los dígitos desplazadas, giradas y ampliadas al azar, para que la red aprenda a tolerar esos cambios.</translation>
    </message>
    <message>
        <source>The largest random shift, as a fraction of the image width.</source>
        <translation>El mayor desplazamiento aleatorio, como fracción del ancho de la imagen.</translation>
    </message>
    <message>
        <source>The largest random rotation, in degrees.</source>
        <translation>El mayor giro aleatorio, en grados.</translation>
    </message>
    <message>
        <source>The largest random zoom in or out, as a fraction.</source>
        <translation>La mayor ampliación o reducción aleatoria, como fracción.</translation>
    </message>
    <message>
        <source>Train on only the first N digits (faster, less accurate); 'all' uses 60,000.</source>
        <translation>Entrenar solo con los primeros N dígitos (más rápido, menos preciso); «todos» usa 60.000.</translation>
    </message>
    <message>
        <source>Fixes the random starting weights and shuffling, so a run can be repeated.</source>
        <translation>Fija los pesos iniciales aleatorios y el barajado, para que una ejecución se pueda repetir.</translation>
    </message>
    <message>
        <source>Also write each run's loss and accuracy to this folder as TensorBoard logs (one subfolder per run), to compare runs with: tensorboard --logdir FOLDER. Empty: no logs.</source>
        <translation>Escribe también la pérdida y la precisión de cada ejecución en esta carpeta como registros de TensorBoard (una subcarpeta por ejecución), para compararlas con: tensorboard --logdir CARPETA. Vacío: sin registros.</translation>
    </message>
    <message>
        <source>Where the network trains. Mirrored: each batch is split between this machine's devices, each works out the weight changes for its share, and the changes are averaged into one update; the same network and batch size, faster on several GPUs. Multi-worker: the machines listed in TF_CONFIG train together, each running the same training (see the README).</source>
        <translation>Dónde se entrena la red. En espejo: cada lote se reparte entre los dispositivos de esta máquina, cada uno calcula los cambios de los pesos para su parte y los cambios se promedian en un solo ajuste; la misma red y el mismo tamaño de lote, más rápido con varias GPU. Varios trabajadores: las máquinas indicadas en TF_CONFIG entrenan juntas, cada una con el mismo entrenamiento (consulta el README).</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programa de la tasa</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>Suavizado de etiquetas</translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <source>Training digits</source>
        <translation>Dígitos de entrenamiento</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>  shift</source>
        <translation>  desplazamiento</translation>
    </message>
    <message>
        <source>  rotation °</source>
        <translation>  giro °</translation>
    </message>
    <message>
        <source>  zoom</source>
        <translation>  zoom</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>TensorBoard</source>
        <translation>TensorBoard</translation>
    </message>
    <message>
        <source>Train on</source>
        <translation>Entrenar en</translation>
    </message>
    <message>
        <source>shift, rotate and zoom digits</source>
        <translation>desplazar, girar y ampliar los dígitos</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>TensorBoard folder</source>
        <translation>Carpeta de TensorBoard</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for TensorBoard logs</source>
        <translation>Elegir la carpeta para los registros de TensorBoard</translation>
    </message>
    <message>
        <source>Devices here: {devices}.</source>
        <translation>Dispositivos aquí: {devices}.</translation>
    </message>
    <message>
        <source>Devices here: none.</source>
        <translation>Dispositivos aquí: ninguno.</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>Carpeta para los registros de TensorBoard</translation>
    </message>
</context>
<context>
    <name>train.jobs</name>
    <message>
        <source>cannot create a run folder in {dirname}</source>
        <translation>no se puede crear una carpeta para la ejecución en {dirname}</translation>
    </message>
    <message>
        <source>Training on one device: {problem}</source>
        <translation>Entrenamiento en un solo dispositivo: {problem}</translation>
    </message>
    <message>
        <source>Loading MNIST and starting the training process…</source>
        <translation>Cargando MNIST e iniciando el proceso de entrenamiento…</translation>
    </message>
    <message>
        <source>Nothing to evaluate yet: train a model first.</source>
        <translation>Aún no hay nada que evaluar: entrena primero un modelo.</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>todavía no hay ningún modelo entrenado que guardar</translation>
    </message>
</context>
<context>
    <name>train.layer_texts</name>
    <message>
        <source>How many different filters slide over the image; each builds one feature map.</source>
        <translation>Cuántos filtros distintos se deslizan sobre la imagen; cada uno crea un mapa de características.</translation>
    </message>
    <message>
        <source>The side of each filter's square window, in pixels (3 means 3x3).</source>
        <translation>El lado de la ventana cuadrada de cada filtro, en píxeles (3 significa 3x3).</translation>
    </message>
    <message>
        <source>How many pixels the window jumps between positions (1 looks everywhere).</source>
        <translation>Cuántos píxeles salta la ventana entre posiciones (1 mira en todas partes).</translation>
    </message>
    <message>
        <source>'same' pads the border so the map keeps its size; 'valid' lets it shrink.</source>
        <translation>«same» rellena el borde para que el mapa conserve su tamaño; «valid» deja que se encoja.</translation>
    </message>
    <message>
        <source>What each output goes through: relu keeps positive values, softmax gives probabilities.</source>
        <translation>Por qué pasa cada salida: relu conserva los valores positivos, softmax da probabilidades.</translation>
    </message>
    <message>
        <source>The side of each pooling window; only its largest (or mean) value is kept.</source>
        <translation>El lado de cada ventana de agrupación; solo se conserva su valor mayor (o la media).</translation>
    </message>
    <message>
        <source>The fraction of values randomly zeroed while training, so no single one is relied on.</source>
        <translation>La fracción de valores que se ponen a cero al azar durante el entrenamiento, para que la red no dependa de ninguno en concreto.</translation>
    </message>
    <message>
        <source>How many neurons: each combines every input into one number.</source>
        <translation>Cuántas neuronas: cada una combina todas las entradas en un número.</translation>
    </message>
    <message>
        <source>Convolution: small filters slide over the image and build feature maps.</source>
        <translation>Convolución: pequeños filtros se deslizan sobre la imagen y crean mapas de características.</translation>
    </message>
    <message>
        <source>Max pooling: shrinks each map, keeping the strongest value per window.</source>
        <translation>Max pooling (agrupación máxima): reduce cada mapa y conserva el valor más fuerte de cada ventana.</translation>
    </message>
    <message>
        <source>Average pooling: shrinks each map to the mean of each window.</source>
        <translation>Average pooling (agrupación media): reduce cada mapa a la media de cada ventana.</translation>
    </message>
    <message>
        <source>Dropout: randomly silences values while training to avoid memorising.</source>
        <translation>Dropout: silencia valores al azar durante el entrenamiento para evitar que memorice.</translation>
    </message>
    <message>
        <source>Batch normalisation: rescales values so training stays stable.</source>
        <translation>Normalización por lotes: reescala los valores para que el entrenamiento sea estable.</translation>
    </message>
    <message>
        <source>Flatten: unrolls the stack of maps into one long vector.</source>
        <translation>Aplanar (Flatten): despliega la pila de mapas en un único vector largo.</translation>
    </message>
    <message>
        <source>Dense (fully connected): every input feeds every neuron.</source>
        <translation>Capa densa (totalmente conectada): cada entrada alimenta a cada neurona.</translation>
    </message>
    <message>
        <source>Activation: applies a function such as relu to every value.</source>
        <translation>Activación: aplica una función como relu a cada valor.</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>kernel size</source>
        <translation>tamaño del núcleo</translation>
    </message>
    <message>
        <source>strides</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>relleno</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>tamaño de agrupación</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>, stride {strides}</source>
        <translation>, paso {strides}</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>{size} window</source>
        <translation>ventana de {size}</translation>
    </message>
    <message>
        <source>rate {rate}</source>
        <translation>tasa {rate}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
</context>
<context>
    <name>train.layout</name>
    <message>
        <source>2 · Training settings</source>
        <translation>2 · Ajustes del entrenamiento</translation>
    </message>
    <message>
        <source>Hover over a setting to see what it does.</source>
        <translation>Pasa el ratón por encima de un ajuste para ver qué hace.</translation>
    </message>
</context>
<context>
    <name>train.run_card</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergió</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Train this network on MNIST</source>
        <translation>Entrenar esta red con MNIST</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause after the current batch; press again to go on</source>
        <translation>Pausar tras el lote actual; pulsa otra vez para continuar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current batch; completed epochs are kept</source>
        <translation>Detener tras el lote actual; las épocas completadas se conservan</translation>
    </message>
    <message>
        <source>Resume last run</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue the last run that was stopped or interrupted, from its last checkpoint</source>
        <translation>Continuar la última ejecución detenida o interrumpida desde su último punto de control</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Make the trained network the current model of every tab</source>
        <translation>Convertir la red entrenada en el modelo actual de todas las pestañas</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Guardar modelo…</translation>
    </message>
    <message>
        <source>Save the trained network as a .keras file with its settings and history</source>
        <translation>Guardar la red entrenada como archivo .keras con sus ajustes y su historial</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Test the trained network on the {n} test digits it never saw</source>
        <translation>Probar la red entrenada con los {n} dígitos de prueba que nunca vio</translation>
    </message>
    <message>
        <source>3 · Train</source>
        <translation>3 · Entrenar</translation>
    </message>
    <message>
        <source>Cannot start: {error}</source>
        <translation>No se puede iniciar: {error}</translation>
    </message>
    <message>
        <source>Start is off until the architecture is fixed (see the highlighted layer).</source>
        <translation>Iniciar está desactivado hasta que se corrija la arquitectura (mira la capa resaltada).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Preparing: loading MNIST and TensorFlow…</source>
        <translation>Preparando: cargando MNIST y TensorFlow…</translation>
    </message>
    <message>
        <source>Epoch {ep}/{ep_total} · batch {batch}/{batches} · loss {lossnum} · {rate} digits/s · about {left} left</source>
        <translation>Época {ep}/{ep_total} · lote {batch}/{batches} · pérdida {lossnum} · {rate} dígitos/s · quedan unos {left}</translation>
    </message>
    <message>
        <source>{status}: {ep_total} in {time} ({rate} digits/s)</source>
        <translation>{status}: {ep_total} en {time} ({rate} dígitos/s)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
</context>
<context>
    <name>train.run_log</name>
    <message>
        <source>— run {runno} ({architecture}) —</source>
        <translation>— ejecución {runno} ({architecture}) —</translation>
    </message>
    <message>
        <source>TensorBoard logs: {path} (view with: tensorboard --logdir {root})</source>
        <translation>Registros de TensorBoard: {path} (para verlos: tensorboard --logdir {root})</translation>
    </message>
    <message>
        <source>Devices for training: {names}; a cluster of {n} machines</source>
        <translation>Dispositivos para entrenar: {names}; un clúster de {n} máquinas</translation>
    </message>
    <message>
        <source>Devices for training: {names}</source>
        <translation>Dispositivos para entrenar: {names}</translation>
    </message>
    <message>
        <source>run folder: {path}</source>
        <translation>carpeta de la ejecución: {path}</translation>
    </message>
    <message>
        <source>epoch {ep}: loss {lossnum}, accuracy {acc} %, validation accuracy {val} %</source>
        <translation>época {ep}: pérdida {lossnum}, precisión {acc} %, precisión de validación {val} %</translation>
    </message>
    <message>
        <source>epoch {ep}: loss {lossnum}, accuracy {acc} %</source>
        <translation>época {ep}: pérdida {lossnum}, precisión {acc} %</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado: {path}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
</context>
<context>
    <name>train.runs_view</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>files deleted</source>
        <translation>archivos eliminados</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>arquitectura</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>val acc</source>
        <translation>prec. val.</translation>
    </message>
    <message>
        <source>test acc</source>
        <translation>prec. prueba</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>Delete the files of run {runno} (its checkpoints)…</source>
        <translation>Eliminar los archivos de la ejecución {runno} (sus puntos de control)…</translation>
    </message>
    <message>
        <source>Run {runno} has no files left to delete.</source>
        <translation>La ejecución {runno} ya no tiene archivos que eliminar.</translation>
    </message>
    <message>
        <source>Run {runno} is under way: stop it before deleting its files.</source>
        <translation>La ejecución {runno} está en marcha: detenla antes de eliminar sus archivos.</translation>
    </message>
    <message>
        <source>Runs to keep</source>
        <translation>Ejecuciones que conservar</translation>
    </message>
    <message>
        <source>Each run keeps its checkpoints in a folder of its own; when a new run starts, the folders of older runs beyond this many are deleted</source>
        <translation>Cada ejecución guarda sus puntos de control en una carpeta propia; cuando empieza una nueva, se eliminan las carpetas de las ejecuciones más antiguas que pasen de este número</translation>
    </message>
    <message>
        <source>Keep the checkpoints of the last</source>
        <translation>Conservar los puntos de control de las últimas</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <source>Right-click a run to delete its checkpoints now.</source>
        <translation>Haz clic derecho en una ejecución para eliminar ahora sus puntos de control.</translation>
    </message>
</context>
<context>
    <name>train.saving</name>
    <message>
        <source>Could not save the architecture</source>
        <translation>No se pudo guardar la arquitectura</translation>
    </message>
    <message>
        <source>Saved the architecture to {path}.</source>
        <translation>Arquitectura guardada en {path}.</translation>
    </message>
    <message>
        <source>Could not save the plot</source>
        <translation>No se pudo guardar la gráfica</translation>
    </message>
    <message>
        <source>Saved the plot to {path}.</source>
        <translation>Gráfica guardada en {path}.</translation>
    </message>
    <message>
        <source>Could not save the history</source>
        <translation>No se pudo guardar el historial</translation>
    </message>
    <message>
        <source>Saved the history to {path}.</source>
        <translation>Historial guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>train.tab</name>
    <message>
        <source>Training runs</source>
        <translation>Ejecuciones de entrenamiento</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Registro del entrenamiento</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Curvas de aprendizaje</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizada</translation>
    </message>
    <message>
        <source>resumed {dirname}</source>
        <translation>reanudada: {dirname}</translation>
    </message>
    <message>
        <source>Paused after the current batch. Press Resume to go on.</source>
        <translation>En pausa tras el lote actual. Pulsa «Reanudar» para continuar.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Evaluating on the test digits…</source>
        <translation>Evaluando con los dígitos de prueba…</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>Guardar el modelo entrenado</translation>
    </message>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos de Keras (*.keras)</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>El entrenamiento divergió</translation>
    </message>
    <message>
        <source>The trained network is now the current model ({path}).</source>
        <translation>La red entrenada es ahora el modelo actual ({path}).</translation>
    </message>
    <message>
        <source>Saved the trained network to {path}.</source>
        <translation>Red entrenada guardada en {path}.</translation>
    </message>
    <message>
        <source>Training failed: {message}</source>
        <translation>El entrenamiento falló: {message}</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Design a network, train it on MNIST and watch it learn</source>
        <translation>Diseña una red, entrénala con MNIST y mira cómo aprende</translation>
    </message>
</context>
<context>
    <name>train.texts</name>
    <message>
        <source>Training failed</source>
        <translation>El entrenamiento falló</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>No se pudo guardar el modelo</translation>
    </message>
    <message>
        <source>Could not evaluate</source>
        <translation>No se pudo evaluar</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Cannot start: {reason}</source>
        <translation>No se puede iniciar: {reason}</translation>
    </message>
    <message>
        <source>Deleted the files of run {runno} ({dirname}).</source>
        <translation>Archivos de la ejecución {runno} eliminados ({dirname}).</translation>
    </message>
    <message>
        <source>Test accuracy {acc} %. See the Evaluation tab for the mistakes.</source>
        <translation>Precisión de prueba: {acc} %. Mira los errores en la pestaña Evaluación.</translation>
    </message>
    <message>
        <source>Test digit #{index}: open the Draw tab to use it.</source>
        <translation>Dígito de prueba n.º {index}: abre la pestaña Dibujar para usarlo.</translation>
    </message>
</context>
</TS>