<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>app.advice</name>
    <message>
        <source>Convscope opens pictures of one digit in PNG, JPEG, BMP, GIF, TIFF or WebP format, up to 40 megapixels. Try another file, paste a picture (File ▸ Paste Image, Ctrl+V), load a random test digit, or draw the digit on the canvas.</source>
        <translation>Convscope abre imágenes de un solo dígito en formato PNG, JPEG, BMP, GIF, TIFF o WebP, de hasta 40 megapíxeles. Prueba con otro archivo, pega una imagen (Archivo ▸ Pegar imagen, Ctrl+V), carga un dígito de prueba al azar o dibuja el dígito en el lienzo.</translation>
    </message>
    <message>
        <source>Convscope opens .keras models it saved itself (Model ▸ Save Model As… or the Train tab). Choose another file, or go back to the shipped one with Model ▸ Open Default Model.</source>
        <translation>Convscope abre modelos .keras que él mismo guardó (Modelo ▸ Guardar modelo como… o la pestaña Entrenar). Elige otro archivo o vuelve al modelo incluido con Modelo ▸ Abrir modelo predeterminado.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with some free space (a model takes about 1 MB), and save again.</source>
        <translation>Elige una carpeta en la que puedas escribir y con algo de espacio libre (un modelo ocupa alrededor de 1 MB) y vuelve a guardar.</translation>
    </message>
    <message>
        <source>The test digits come from resources/data/mnist.npz; reinstalling Convscope puts it back. Meanwhile you can draw digits or open pictures of them.</source>
        <translation>Los dígitos de prueba vienen de resources/data/mnist.npz; al reinstalar Convscope el archivo vuelve a estar. Mientras tanto puedes dibujar dígitos o abrir imágenes de ellos.</translation>
    </message>
    <message>
        <source>Check the settings the message names and start again; a run that had saved a checkpoint can be resumed from it.</source>
        <translation>Revisa los ajustes que nombra el mensaje y vuelve a empezar; un entrenamiento que había guardado un punto de control puede continuar desde él.</translation>
    </message>
</context>
<context>
    <name>app.language_menu</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language: {language}. It applies the next time Convscope starts.</source>
        <translation>Idioma: {language}. Se aplicará la próxima vez que inicies Convscope.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Speak the language the computer is set to</source>
        <translation>Usar el idioma configurado en el ordenador</translation>
    </message>
</context>
<context>
    <name>app.menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Convscope (Ctrl+Q)</source>
        <translation>Cerrar Convscope (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Convscope</source>
        <translation>&amp;Acerca de Convscope</translation>
    </message>
    <message>
        <source>What this app is</source>
        <translation>Qué es esta aplicación</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>The toolkit behind the window</source>
        <translation>La biblioteca con la que está hecha la ventana</translation>
    </message>
    <message>
        <source>About Convscope</source>
        <translation>Acerca de Convscope</translation>
    </message>
    <message>
        <source>&lt;p&gt;Draw a digit and see how a convolutional neural network reads it: the 28&amp;nbsp;×&amp;nbsp;28 image it receives, the features its layers find, and the ten votes it gives back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dibuja un dígito y mira cómo lo lee una red neuronal convolucional: la imagen de 28&amp;nbsp;×&amp;nbsp;28 que recibe, las características que encuentran sus capas y los diez votos que devuelve.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The networks learn from MNIST, {count} handwritten digits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las redes aprenden de MNIST, {count} dígitos escritos a mano.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app.model_info</name>
    <message>
        <source>No model loaded</source>
        <translation>Ningún modelo cargado</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>preset {preset}</source>
        <translation>plantilla {preset}</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>{count} parámetros</translation>
    </message>
    <message>
        <source>{pct} test accuracy</source>
        <translation>{pct} de precisión en la prueba</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model is loaded yet. Open one with &lt;b&gt;Model ▸ Open Model…&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay ningún modelo cargado. Abre uno con &lt;b&gt;Modelo ▸ Abrir modelo…&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizada</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Precisión en la prueba</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
    <message>
        <source>Epochs trained</source>
        <translation>Épocas entrenadas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>Calculado con</translation>
    </message>
    <message>
        <source>NumPy, in the app itself</source>
        <translation>NumPy, dentro de la propia aplicación</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
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
        <source>Model information</source>
        <translation>Información del modelo</translation>
    </message>
</context>
<context>
    <name>app.model_menu</name>
    <message>
        <source>Keras models (*.keras);;All files (*)</source>
        <translation>Modelos de Keras (*.keras);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
        <source>Load a .keras model file (Ctrl+Shift+O)</source>
        <translation>Cargar un archivo de modelo .keras (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Default Model</source>
        <translation>Abrir modelo pre&amp;determinado</translation>
    </message>
    <message>
        <source>Load the model shipped with Convscope</source>
        <translation>Cargar el modelo que viene con Convscope</translation>
    </message>
    <message>
        <source>&amp;Save Model As…</source>
        <translation>&amp;Guardar modelo como…</translation>
    </message>
    <message>
        <source>Save the current model to a new file (Ctrl+Shift+S)</source>
        <translation>Guardar el modelo actual en un archivo nuevo (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Model &amp;Info…</source>
        <translation>&amp;Información del modelo…</translation>
    </message>
    <message>
        <source>Name, preset, size, accuracy and layers of the current model (Ctrl+I)</source>
        <translation>Nombre, plantilla, tamaño, precisión y capas del modelo actual (Ctrl+I)</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>No hay modelos recientes</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>Open a model</source>
        <translation>Abrir un modelo</translation>
    </message>
    <message>
        <source>Save the model as</source>
        <translation>Guardar el modelo como</translation>
    </message>
    <message>
        <source>Saving the model to {path}…</source>
        <translation>Guardando el modelo en {path}…</translation>
    </message>
</context>
<context>
    <name>app.presenter</name>
    <message>
        <source>Pre&amp;senter Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Large type, a thick pen and only what a lesson needs (F5; Esc leaves)</source>
        <translation>Letra grande, un lápiz grueso y solo lo que necesita una clase (F5; Esc para salir)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
</context>
<context>
    <name>app.qtlibs</name>
    <message>
        <source>install them with: {command}</source>
        <translation>instálalas con: {command}</translation>
    </message>
    <message>
        <source>install them with your package manager</source>
        <translation>instálalas con tu gestor de paquetes</translation>
    </message>
    <message>
        <source>Qt cannot open a window: the system lacks {libraries}; {fix}</source>
        <translation>Qt no puede abrir una ventana: al sistema le faltan {libraries}; {fix}</translation>
    </message>
</context>
<context>
    <name>app.screenshot</name>
    <message>
        <source>--size {text}: expected WIDTHxHEIGHT, e.g. 1400x900</source>
        <translation>--size {text}: se esperaba ANCHOxALTO, p. ej. 1400x900</translation>
    </message>
    <message>
        <source>--size {text}: width must be 320..8000 and height 240..8000</source>
        <translation>--size {text}: el ancho debe estar entre 320 y 8000 y el alto entre 240 y 8000</translation>
    </message>
    <message>
        <source>timed out after {seconds} s waiting for the model and the prediction</source>
        <translation>se agotó el tiempo tras {seconds} s esperando el modelo y la predicción</translation>
    </message>
    <message>
        <source>{option} {path}: the screenshot is a PNG, name it *.png</source>
        <translation>{option} {path}: la captura es un PNG, ponle el nombre *.png</translation>
    </message>
    <message>
        <source>{option} {path}: folder {dir} does not exist</source>
        <translation>{option} {path}: la carpeta {dir} no existe</translation>
    </message>
    <message>
        <source>{option} {path}: no such file</source>
        <translation>{option} {path}: el archivo no existe</translation>
    </message>
    <message>
        <source>no model at {path}; train one with: {command}</source>
        <translation>no hay ningún modelo en {path}; entrena uno con: {command}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>no se puede escribir {path}</translation>
    </message>
    <message>
        <source>--tab {tab}: choose one of {choices}</source>
        <translation>--tab {tab}: elige uno de {choices}</translation>
    </message>
    <message>
        <source>--tab inspect:VIEW: VIEW is one of {choices}</source>
        <translation>--tab inspect:VIEW: VIEW es uno de {choices}</translation>
    </message>
    <message>
        <source>--tab lab:PAGE: PAGE is one of {choices}</source>
        <translation>--tab lab:PAGE: PAGE es uno de {choices}</translation>
    </message>
    <message>
        <source>--theme {theme}: choose one of {choices}</source>
        <translation>--theme {theme}: elige uno de {choices}</translation>
    </message>
    <message>
        <source>--zoom {zoom}: choose a zoom from {low} to {high}</source>
        <translation>--zoom {zoom}: elige un zoom entre {low} y {high}</translation>
    </message>
    <message>
        <source>no model at {path}</source>
        <translation>no hay ningún modelo en {path}</translation>
    </message>
</context>
<context>
    <name>app.startup</name>
    <message>
        <source>no display to open a window on; run it in a desktop session, or use &apos;{command}&apos; to render the window to a file</source>
        <translation>no hay pantalla donde abrir una ventana; ejecútalo en una sesión de escritorio o usa &apos;{command}&apos; para guardar la ventana en un archivo</translation>
    </message>
</context>
<context>
    <name>app.status_bar</name>
    <message>
        <source>Loading in the background; the app stays usable</source>
        <translation>Cargando en segundo plano; puedes seguir usando la aplicación</translation>
    </message>
    <message>
        <source>The model the Draw tab asks (Model ▸ Model Info… for more)</source>
        <translation>El modelo al que pregunta la pestaña Dibujar (más en Modelo ▸ Información del modelo…)</translation>
    </message>
    <message>
        <source>The current model&apos;s weights were changed in the Lab. Every tab uses the changed network, and Save Model As… saves it as it is now. Undo the change there, or open the model again, to get the original back.</source>
        <translation>Los pesos del modelo actual se cambiaron en el Laboratorio. Todas las pestañas usan la red cambiada, y Guardar modelo como… la guarda tal como está ahora. Deshaz el cambio allí o vuelve a abrir el modelo para recuperar el original.</translation>
    </message>
    <message>
        <source>Loading the model {name}…</source>
        <translation>Cargando el modelo {name}…</translation>
    </message>
    <message>
        <source>runs on TensorFlow</source>
        <translation>funciona con TensorFlow</translation>
    </message>
    <message>
        <source>Model “{name}” ready; it {note}, so it answers more slowly.</source>
        <translation>Modelo «{name}» listo; {note}, así que responde más despacio.</translation>
    </message>
    <message>
        <source>Model “{name}” ready (loaded in {seconds} s).</source>
        <translation>Modelo «{name}» listo (cargado en {seconds} s).</translation>
    </message>
    <message>
        <source>Saved the modified model to {path}: its weights include your change ({change}).</source>
        <translation>Modelo modificado guardado en {path}: sus pesos incluyen tu cambio ({change}).</translation>
    </message>
    <message>
        <source>Saved the model to {path}.</source>
        <translation>Modelo guardado en {path}.</translation>
    </message>
    <message>
        <source>Modified: {change}</source>
        <translation>Modificado: {change}</translation>
    </message>
</context>
<context>
    <name>app.view_controls</name>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Zoom I&amp;n</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Larger text and controls</source>
        <translation>Texto y controles más grandes</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ale&amp;jar</translation>
    </message>
    <message>
        <source>Smaller text and controls</source>
        <translation>Texto y controles más pequeños</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Text and controls at their usual size</source>
        <translation>Texto y controles a su tamaño habitual</translation>
    </message>
</context>
<context>
    <name>app.window</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train your own network on MNIST</source>
        <translation>Entrena tu propia red con MNIST</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Follow your drawing through the network, layer by layer</source>
        <translation>Sigue tu dibujo a través de la red, capa por capa</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Experiments on your digit: why this answer, robustness, kernels, your handwriting</source>
        <translation>Experimentos con tu dígito: por qué esta respuesta, robustez, núcleos, tu letra</translation>
    </message>
    <message>
        <source>Convscope keeps using the model “{name}”.</source>
        <translation>Convscope sigue usando el modelo «{name}».</translation>
    </message>
    <message>
        <source>Could not open the model</source>
        <translation>No se pudo abrir el modelo</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>No se pudo guardar el modelo</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>No model yet: {path} is missing. Open one with Model ▸ Open Model…; the canvas works without it.</source>
        <translation>Todavía no hay modelo: falta {path}. Abre uno con Modelo ▸ Abrir modelo…; el lienzo funciona sin él.</translation>
    </message>
</context>
<context>
    <name>common.answer_column</name>
    <message>
        <source>reads &lt;b&gt;{label}&lt;/b&gt; ({pct})</source>
        <translation>lee &lt;b&gt;{label}&lt;/b&gt; ({pct})</translation>
    </message>
</context>
<context>
    <name>common.canvas_overlays</name>
    <message>
        <source>Draw a digit here</source>
        <translation>Dibuja aquí un dígito</translation>
    </message>
    <message>
        <source>one digit, 0 to 9, as large as you like</source>
        <translation>un dígito del 0 al 9, tan grande como quieras</translation>
    </message>
</context>
<context>
    <name>common.confusion_matrix</name>
    <message>
        <source>Row: the true digit. Column: the network&apos;s answer. The diagonal holds the right answers; click any cell to see those digits.</source>
        <translation>Fila: el dígito real. Columna: la respuesta de la red. En la diagonal están las respuestas correctas; haz clic en una casilla para ver esos dígitos.</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>No digits scored yet</source>
        <translation>Todavía no se ha evaluado ningún dígito</translation>
    </message>
    <message>
        <source>true {row}, read as {col}: 1 digit</source>
        <translation>real {row}, leído como {col}: 1 dígito</translation>
    </message>
    <message>
        <source>true {row}, read as {col}: {n} digits</source>
        <translation>real {row}, leído como {col}: {n} dígitos</translation>
    </message>
    <message>
        <source>{right} of {total} digits on the diagonal (read right)</source>
        <translation>{right} de {total} dígitos en la diagonal (leídos bien)</translation>
    </message>
    <message>
        <source>network&apos;s answer →</source>
        <translation>respuesta de la red →</translation>
    </message>
    <message>
        <source>true digit →</source>
        <translation>dígito real →</translation>
    </message>
    <message>
        <source>Train or evaluate a model
to fill this in</source>
        <translation>Entrena o evalúa un modelo
para rellenar esto</translation>
    </message>
</context>
<context>
    <name>common.digit_gallery</name>
    <message>
        <source>Click a digit to load it into the Draw and Inspect tabs</source>
        <translation>Haz clic en un dígito para cargarlo en las pestañas Dibujar e Inspeccionar</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>test digit #{index}{caption}: click to draw with it</source>
        <translation>dígito de prueba n.º {index}{caption}: haz clic para dibujar con él</translation>
    </message>
</context>
<context>
    <name>common.errors</name>
    <message>
        <source>Try again. If it keeps happening, the log file has the technical details for a bug report.</source>
        <translation>Vuelve a intentarlo. Si sigue pasando, el archivo de registro tiene los detalles técnicos para un informe de error.</translation>
    </message>
    <message>
        <source>The technical details are in the log file {path}.</source>
        <translation>Los detalles técnicos están en el archivo de registro {path}.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Copy what happened, with the details, to paste into a bug report</source>
        <translation>Copia lo que pasó, con los detalles, para pegarlo en un informe de error</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>no further information</source>
        <translation>sin más información</translation>
    </message>
    <message>
        <source>unexpected {kind}: {message}</source>
        <translation>error inesperado {kind}: {message}</translation>
    </message>
    <message>
        <source>{error}. Convscope carries on; Copy report copies the details; it is also in {path}.</source>
        <translation>{error}. Convscope sigue funcionando; Copiar informe copia los detalles; también están en {path}.</translation>
    </message>
    <message>
        <source>{error}. Convscope carries on; Copy report copies the details.</source>
        <translation>{error}. Convscope sigue funcionando; Copiar informe copia los detalles.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>This is a bug in Convscope, not something you did. Carry on working; to help fix it, press Copy report and paste the report into a bug report.</source>
        <translation>Es un fallo de Convscope, no algo que hayas hecho tú. Sigue trabajando; para ayudar a arreglarlo, pulsa Copiar informe y pega el informe en un informe de error.</translation>
    </message>
</context>
<context>
    <name>common.export_dialog</name>
    <message>
        <source>Slide the filter (animation)</source>
        <translation>Deslizar el filtro (animación)</translation>
    </message>
    <message>
        <source>A filter slides over your digit and builds its feature map, value by value.</source>
        <translation>Un filtro se desliza sobre tu dígito y construye su mapa de características, valor a valor.</translation>
    </message>
    <message>
        <source>Training replay (animation)</source>
        <translation>Repetición del entrenamiento (animación)</translation>
    </message>
    <message>
        <source>Your digit seen by the network at each saved moment of the last training run: its first filters, their maps and its answer.</source>
        <translation>Tu dígito visto por la red en cada momento guardado del último entrenamiento: sus primeros filtros, sus mapas y su respuesta.</translation>
    </message>
    <message>
        <source>Robustness sweep (animation)</source>
        <translation>Barrido de robustez (animación)</translation>
    </message>
    <message>
        <source>Your digit is moved, turned, resized, thickened or spoiled step by step while the networks answer.</source>
        <translation>Tu dígito se mueve, gira, cambia de tamaño, engrosa o estropea paso a paso mientras las redes responden.</translation>
    </message>
    <message>
        <source>Lesson handout (HTML page)</source>
        <translation>Hoja para la clase (página HTML)</translation>
    </message>
    <message>
        <source>One page with pictures inside: the layers, the accuracy, the confusion matrix, your digit through every layer and the first filters. Print it or save it as PDF from a browser.</source>
        <translation>Una página con las imágenes incluidas: las capas, la precisión, la matriz de confusión, tu dígito a través de cada capa y los primeros filtros. Imprímela o guárdala como PDF desde un navegador.</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Move sideways</source>
        <translation>Mover de lado</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Stroke thickness</source>
        <translation>Grosor del trazo</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Export for slides</source>
        <translation>Exportar para diapositivas</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Qué exportar:</translation>
    </message>
    <message>
        <source>The convolution layer whose filter slides</source>
        <translation>La capa de convolución cuyo filtro se desliza</translation>
    </message>
    <message>
        <source>the strongest on this digit</source>
        <translation>el más fuerte en este dígito</translation>
    </message>
    <message>
        <source>Which filter of the layer slides</source>
        <translation>Qué filtro de la capa se desliza</translation>
    </message>
    <message>
        <source>What changes from one frame to the next</source>
        <translation>Qué cambia de un fotograma al siguiente</translation>
    </message>
    <message>
        <source>Compare with the plain dense network (mlp.keras)</source>
        <translation>Comparar con la red densa simple (mlp.keras)</translation>
    </message>
    <message>
        <source>Show a second network&apos;s answers beside this one&apos;s</source>
        <translation>Mostrar las respuestas de una segunda red junto a las de esta</translation>
    </message>
    <message>
        <source>More frames: a smoother, longer and larger animation</source>
        <translation>Más fotogramas: una animación más fluida, más larga y más grande</translation>
    </message>
    <message>
        <source>GIF (plays everywhere)</source>
        <translation>GIF (funciona en todas partes)</translation>
    </message>
    <message>
        <source>WebP (smaller, sharper)</source>
        <translation>WebP (más pequeño y nítido)</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Fotogramas:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Compare with {name}</source>
        <translation>Comparar con {name}</translation>
    </message>
    <message>
        <source>Load a model first.</source>
        <translation>Primero carga un modelo.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab first: every export shows it.</source>
        <translation>Primero dibuja un dígito en la pestaña Dibujar: todas las exportaciones lo muestran.</translation>
    </message>
    <message>
        <source>This network has no convolution layer, so no filter slides over the digit.</source>
        <translation>Esta red no tiene ninguna capa de convolución, así que ningún filtro se desliza sobre el dígito.</translation>
    </message>
    <message>
        <source>There is no training run to replay yet: train a model on the Train tab.</source>
        <translation>Todavía no hay ningún entrenamiento que repetir: entrena un modelo en la pestaña Entrenar.</translation>
    </message>
    <message>
        <source>GIF animation (*.gif)</source>
        <translation>Animación GIF (*.gif)</translation>
    </message>
    <message>
        <source>WebP animation (*.webp)</source>
        <translation>Animación WebP (*.webp)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>this network</source>
        <translation>esta red</translation>
    </message>
    <message>
        <source>Saved {path}, {frames} frames.</source>
        <translation>Guardado {path}, {frames} fotogramas.</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Guardado {path}.</translation>
    </message>
    <message>
        <source>Could not export: {message}</source>
        <translation>No se pudo exportar: {message}</translation>
    </message>
</context>
<context>
    <name>common.keyboard_pen</name>
    <message>
        <source>Arrow keys move the pen, Space puts it down or lifts it, Delete clears; Shift with an arrow moves four times as far.</source>
        <translation>Las flechas mueven el lápiz, Espacio lo baja o lo levanta, Supr borra todo; Mayús con una flecha lo mueve cuatro veces más lejos.</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse or a pen. Right-click (or the eraser) erases; drop an image file here to load it.</source>
        <translation>Dibuja un dígito con el ratón o un lápiz. El clic derecho (o el borrador) borra; suelta aquí un archivo de imagen para cargarlo.</translation>
    </message>
    <message>
        <source>Drawing canvas</source>
        <translation>Lienzo de dibujo</translation>
    </message>
    <message>
        <source>Draw a digit. {keys}</source>
        <translation>Dibuja un dígito. {keys}</translation>
    </message>
</context>
<context>
    <name>common.maps.grid</name>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>input channel</source>
        <translation>canal de entrada</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>Canales de entrada</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>{tile} {n}, row {row}, column {col}: {number}</source>
        <translation>{tile} {n}, fila {row}, columna {col}: {number}</translation>
    </message>
    <message>
        <source>row {row}, column {col}: {number}</source>
        <translation>fila {row}, columna {col}: {number}</translation>
    </message>
</context>
<context>
    <name>common.page</name>
    <message>
        <source>“{title}” could not start: {error}</source>
        <translation>«{title}» no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <source>Show details…</source>
        <translation>Mostrar detalles…</translation>
    </message>
</context>
<context>
    <name>common.pixel_view</name>
    <message>
        <source>Picture of pixels</source>
        <translation>Imagen de píxeles</translation>
    </message>
</context>
<context>
    <name>common.plots</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reset original view</source>
        <translation>Volver a la vista original</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to previous view</source>
        <translation>Volver a la vista anterior</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to next view</source>
        <translation>Ir a la vista siguiente</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Left button pans, Right button zooms
x/y fixes axis, CTRL fixes aspect</source>
        <translation>El botón izquierdo desplaza, el derecho hace zoom
x/y fija un eje, Ctrl fija la proporción</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom to rectangle
x/y fixes axis</source>
        <translation>Zoom a un rectángulo
x/y fija un eje</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Edit axis, curve and image parameters</source>
        <translation>Editar los parámetros de ejes, curvas e imágenes</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>no values yet</source>
        <translation>todavía no hay valores</translation>
    </message>
</context>
<context>
    <name>common.probability_bars</name>
    <message>
        <source>true</source>
        <comment>the digit a test picture really is</comment>
        <translation>correcto</translation>
    </message>
    <message>
        <source>How strongly the network votes for each digit. The ten votes add up to 100 %; the longest bar is its answer.</source>
        <translation>Con qué fuerza vota la red por cada dígito. Los diez votos suman 100 %; la barra más larga es su respuesta.</translation>
    </message>
    <message>
        <source>The network&apos;s votes</source>
        <translation>Los votos de la red</translation>
    </message>
</context>
<context>
    <name>common.second_network</name>
    <message>
        <source>the file {name}</source>
        <translation>el archivo {name}</translation>
    </message>
    <message>
        <source>training, {snapshot}</source>
        <translation>entrenamiento, {snapshot}</translation>
    </message>
    <message>
        <source>the last training run, {snapshot}</source>
        <translation>el último entrenamiento, {snapshot}</translation>
    </message>
    <message>
        <source>a CNN</source>
        <translation>una CNN</translation>
    </message>
    <message>
        <source>a dense network</source>
        <translation>una red densa</translation>
    </message>
</context>
<context>
    <name>common.session</name>
    <message>
        <source>There is no model to save yet.</source>
        <translation>Todavía no hay ningún modelo que guardar.</translation>
    </message>
    <message>
        <source>snapshot after epoch {n}</source>
        <translation>instantánea tras la época {n}</translation>
    </message>
    <message>
        <source>snapshot from epoch {n}, batch {batch}</source>
        <translation>instantánea de la época {n}, lote {batch}</translation>
    </message>
</context>
<context>
    <name>common.snapshots</name>
    <message>
        <source>end of epoch {n}</source>
        <translation>final de la época {n}</translation>
    </message>
    <message>
        <source>epoch {n}, batch {batch}</source>
        <translation>época {n}, lote {batch}</translation>
    </message>
</context>
<context>
    <name>common.themes</name>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Light or dark, as the computer is set</source>
        <translation>Claro u oscuro, según la configuración del ordenador</translation>
    </message>
    <message>
        <source>Show Convscope in the light look</source>
        <translation>Mostrar Convscope con aspecto claro</translation>
    </message>
    <message>
        <source>Show Convscope in the dark look</source>
        <translation>Mostrar Convscope con aspecto oscuro</translation>
    </message>
    <message>
        <source>Show Convscope in the high contrast look</source>
        <translation>Mostrar Convscope con alto contraste</translation>
    </message>
</context>
<context>
    <name>common.why</name>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Oclusión</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>Saliencia</translation>
    </message>
    <message>
        <source>Gradient, smoothed</source>
        <translation>Gradiente, suavizado</translation>
    </message>
    <message>
        <source>{method}: why {label}</source>
        <translation>{method}: por qué {label}</translation>
    </message>
    <message>
        <source>{method}: what looks like {label}</source>
        <translation>{method}: qué parece {label}</translation>
    </message>
</context>
<context>
    <name>common.widgets</name>
    <message>
        <source>very sure</source>
        <translation>muy seguro</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <source>hesitant</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>no está seguro</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
</context>
<context>
    <name>common.workers</name>
    <message>
        <source>There is no model yet.</source>
        <translation>Todavía no hay ningún modelo.</translation>
    </message>
    <message>
        <source>run {n} (training)</source>
        <translation>ejecución {n} (entrenamiento)</translation>
    </message>
</context>
</TS>
