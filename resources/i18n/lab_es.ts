<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>lab.handwriting.collect_card</name>
    <message>
        <source>Collect your digits</source>
        <translation>Reúne tus dígitos</translation>
    </message>
    <message>
        <source>Draw each digit the way you usually write it. A few of them are kept aside, never trained on, to test the result fairly.</source>
        <translation>Dibuja cada dígito como lo escribes normalmente. Algunos se reservan y nunca se usan para entrenar, para poder evaluar el resultado de forma justa.</translation>
    </message>
    <message>
        <source>Samples so far; click a digit to draw it next</source>
        <translation>Muestras hasta ahora; haz clic en un dígito para dibujarlo a continuación</translation>
    </message>
    <message>
        <source>Write the way you normally do: the point is to teach the network your style. Digits it misreads are the most useful ones.</source>
        <translation>Escribe como lo haces siempre: se trata de enseñarle tu estilo a la red. Los dígitos que lee mal son los más útiles.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Pick an empty folder for a new set of samples, or one that already holds yours</source>
        <translation>Elige una carpeta vacía para un nuevo conjunto de muestras, o una que ya contenga las tuyas</translation>
    </message>
    <message>
        <source>Samples folder:</source>
        <translation>Carpeta de muestras:</translation>
    </message>
    <message>
        <source>How many samples of each digit to ask for</source>
        <translation>Cuántas muestras de cada dígito se piden</translation>
    </message>
    <message>
        <source>Samples of each digit</source>
        <translation>Muestras de cada dígito</translation>
    </message>
    <message>
        <source>Per digit</source>
        <translation>Por dígito</translation>
    </message>
    <message>
        <source>What will be saved: the {grid} input the network reads</source>
        <translation>Lo que se guardará: la entrada de {grid} que lee la red</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save this drawing as a sample of the digit asked for (Enter)</source>
        <translation>Guardar este dibujo como muestra del dígito pedido (Intro)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Wipe the canvas</source>
        <translation>Limpiar el lienzo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Ask for another digit now and this one later</source>
        <translation>Pedir ahora otro dígito y este más tarde</translation>
    </message>
    <message>
        <source>Will be saved as</source>
        <translation>Se guardará así</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.digit_progress</name>
    <message>
        <source>Samples of each digit so far. Click a digit to draw that one next.</source>
        <translation>Muestras de cada dígito hasta ahora. Haz clic en un dígito para dibujarlo a continuación.</translation>
    </message>
    <message>
        <source>Samples of each digit</source>
        <translation>Muestras de cada dígito</translation>
    </message>
    <message>
        <source>{numeral}: {n} of {wanted}</source>
        <translation>{numeral}: {n} de {wanted}</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.fine_tune_card</name>
    <message>
        <source>Keras models (*.keras)</source>
        <translation>Modelos de Keras (*.keras)</translation>
    </message>
    <message>
        <source>Fine-tune the network</source>
        <translation>Ajustar la red (fine-tuning)</translation>
    </message>
    <message>
        <source>Trains a copy of the current network a little more, on your samples mixed with MNIST digits so it does not forget how other people write. Then compares before and after.</source>
        <translation>Entrena un poco más una copia de la red actual con tus muestras mezcladas con dígitos de MNIST, para que no olvide cómo escriben otras personas. Luego compara el antes y el después.</translation>
    </message>
    <message>
        <source>Passes over the mixed training digits; more takes longer</source>
        <translation>Pasadas por los dígitos de entrenamiento mezclados; más pasadas tardan más</translation>
    </message>
    <message>
        <source>Fine-tuning epochs</source>
        <translation>Épocas del ajuste</translation>
    </message>
    <message>
        <source>Fine-tune on my samples</source>
        <translation>Ajustar con mis muestras</translation>
    </message>
    <message>
        <source>Train a copy of the current network a little more, on your samples mixed with MNIST digits</source>
        <translation>Entrenar un poco más una copia de la red actual con tus muestras mezcladas con dígitos de MNIST</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop fine-tuning; the model stays as it was</source>
        <translation>Detener el ajuste; el modelo queda como estaba</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Your held-out samples</source>
        <translation>Tus muestras reservadas</translation>
    </message>
    <message>
        <source>MNIST test digits</source>
        <translation>Dígitos de prueba de MNIST</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Make the fine-tuned network the current one in every tab (it is saved in your samples folder)</source>
        <translation>Convertir la red ajustada en la actual en todas las pestañas (se guarda en tu carpeta de muestras)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the fine-tuned network to a file of your choice</source>
        <translation>Guardar la red ajustada en el archivo que elijas</translation>
    </message>
    <message>
        <source>Fine-tuning is already running.</source>
        <translation>El ajuste ya está en marcha.</translation>
    </message>
    <message>
        <source>Wait until the model has finished loading.</source>
        <translation>Espera a que el modelo termine de cargarse.</translation>
    </message>
    <message>
        <source>Open or train a model first: fine-tuning starts from the current one.</source>
        <translation>Primero abre o entrena un modelo: el ajuste parte del modelo actual.</translation>
    </message>
    <message>
        <source>Choose a samples folder and draw some digits first.</source>
        <translation>Primero elige una carpeta de muestras y dibuja algunos dígitos.</translation>
    </message>
    <message>
        <source>Copying {name}…</source>
        <translation>Copiando {name}…</translation>
    </message>
    <message>
        <source>Copying the model…</source>
        <translation>Copiando el modelo…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Save the fine-tuned model as</source>
        <translation>Guardar el modelo ajustado como</translation>
    </message>
    <message>
        <source>Could not copy the model: {message}</source>
        <translation>No se pudo copiar el modelo: {message}</translation>
    </message>
    <message>
        <source>Ready to fine-tune {name} on your samples.</source>
        <translation>Listo para ajustar {name} con tus muestras.</translation>
    </message>
    <message>
        <source>Ready to fine-tune the current model on your samples.</source>
        <translation>Listo para ajustar el modelo actual con tus muestras.</translation>
    </message>
    <message>
        <source>Your held-out samples ({n})</source>
        <translation>Tus muestras reservadas ({n})</translation>
    </message>
    <message>
        <source>MNIST test digits (first {n})</source>
        <translation>Dígitos de prueba de MNIST (los primeros {n})</translation>
    </message>
    <message>
        <source>Done in {seconds} s. Your held-out samples: {old} before, {new} after.</source>
        <translation>Terminado en {seconds} s. Tus muestras reservadas: {old} antes, {new} después.</translation>
    </message>
    <message>
        <source>Now using the fine-tuned network ({filename}).</source>
        <translation>Ahora se usa la red ajustada ({filename}).</translation>
    </message>
    <message>
        <source>Fine-tuning finished. {text}</source>
        <translation>Ajuste terminado. {text}</translation>
    </message>
    <message>
        <source>Stopped: the current model is unchanged.</source>
        <translation>Detenido: el modelo actual no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved the fine-tuned network as {path}.</source>
        <translation>La red ajustada se guardó como {path}.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Fine-tuning failed</source>
        <translation>El ajuste falló</translation>
    </message>
    <message>
        <source>Could not save the fine-tuned network</source>
        <translation>No se pudo guardar la red ajustada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{right} of {n} right</source>
        <translation>{right} de {n} correctas</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>{delta} points</source>
        <translation>{delta} puntos</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.fine_tune_worker</name>
    <message>
        <source>Training: pass {current} of {total}, accuracy on this pass {pct} %</source>
        <translation>Entrenando: pasada {current} de {total}, precisión en esta pasada {pct} %</translation>
    </message>
    <message>
        <source>Starting the training process…</source>
        <translation>Iniciando el proceso de entrenamiento…</translation>
    </message>
    <message>
        <source>there is no fine-tuned model to save</source>
        <translation>no hay ningún modelo ajustado que guardar</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.gallery</name>
    <message>
        <source>{numeral} · test</source>
        <translation>{numeral} · prueba</translation>
    </message>
    <message>
        <source>Sample {id}: {numeral}; kept aside to test, never trained on</source>
        <translation>Muestra {id}: {numeral}; reservada para la prueba, nunca se usa para entrenar</translation>
    </message>
    <message>
        <source>Sample {id}: {numeral}; trained on</source>
        <translation>Muestra {id}: {numeral}; se usa para entrenar</translation>
    </message>
    <message>
        <source>No samples folder open.</source>
        <translation>No hay ninguna carpeta de muestras abierta.</translation>
    </message>
    <message>
        <source>1 sample: {train} to train on, {held} kept aside to test.</source>
        <translation>1 muestra: {train} para entrenar, {held} reservadas para la prueba.</translation>
    </message>
    <message>
        <source>{n} samples: {train} to train on, {held} kept aside to test.</source>
        <translation>{n} muestras: {train} para entrenar, {held} reservadas para la prueba.</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.gallery_card</name>
    <message>
        <source>Your samples</source>
        <translation>Tus muestras</translation>
    </message>
    <message>
        <source>The digit the selected sample really shows</source>
        <translation>El dígito que muestra realmente la muestra seleccionada</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <source>Give the selected sample the digit chosen on the left</source>
        <translation>Dar a la muestra seleccionada el dígito elegido a la izquierda</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected sample</source>
        <translation>Eliminar la muestra seleccionada</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring back the sample just deleted</source>
        <translation>Recuperar la muestra recién eliminada</translation>
    </message>
    <message>
        <source>Selected sample:</source>
        <translation>Muestra seleccionada:</translation>
    </message>
    <message>
        <source>Each picture is the 28 × 28 input saved for a sample, with its digit; those marked “test” are kept aside. Select one to fix its label or delete it.</source>
        <translation>Cada imagen es la entrada de 28 × 28 guardada para una muestra, con su dígito; las marcadas con «prueba» se reservan. Selecciona una para corregir su etiqueta o eliminarla.</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.page</name>
    <message>
        <source>Folder for your samples</source>
        <translation>Carpeta para tus muestras</translation>
    </message>
    <message>
        <source>Every digit has its samples; click a digit to add more.</source>
        <translation>Todos los dígitos tienen sus muestras; haz clic en un dígito para añadir más.</translation>
    </message>
    <message>
        <source>No model to read it yet.</source>
        <translation>Todavía no hay ningún modelo que lo lea.</translation>
    </message>
    <message>
        <source>Could not open the samples folder</source>
        <translation>No se pudo abrir la carpeta de muestras</translation>
    </message>
</context>
<context>
    <name>lab.handwriting.words</name>
    <message>
        <source>Draw {numeral}</source>
        <translation>Dibuja {numeral}</translation>
    </message>
    <message>
        <source>sample {n} of {wanted}; Accept saves it, Skip asks for another digit</source>
        <translation>muestra {n} de {wanted}; «Aceptar» la guarda, «Saltar» pide otro dígito</translation>
    </message>
    <message>
        <source>extra sample {n}; Accept saves it, Skip asks for another digit</source>
        <translation>muestra extra {n}; «Aceptar» la guarda, «Saltar» pide otro dígito</translation>
    </message>
    <message>
        <source>1 sample of every digit. Fine-tune on the right, or click a digit below to add more.</source>
        <translation>1 muestra de cada dígito. Ajusta la red a la derecha o haz clic abajo en un dígito para añadir más.</translation>
    </message>
    <message>
        <source>{n} samples of every digit. Fine-tune on the right, or click a digit below to add more.</source>
        <translation>{n} muestras de cada dígito. Ajusta la red a la derecha o haz clic abajo en un dígito para añadir más.</translation>
    </message>
    <message>
        <source>All done!</source>
        <translation>¡Listo!</translation>
    </message>
    <message>
        <source>Saved {numeral} as sample {id} in {foldername}.</source>
        <translation>Se guardó {numeral} como muestra {id} en {foldername}.</translation>
    </message>
    <message>
        <source>Deleted a sample of {numeral}; Undo delete brings it back.</source>
        <translation>Se eliminó una muestra de {numeral}; «Deshacer eliminación» la recupera.</translation>
    </message>
    <message>
        <source>Delete this sample of {numeral}? Its picture is removed from the folder (Undo delete brings it back while the app is open).</source>
        <translation>¿Eliminar esta muestra de {numeral}? Su imagen se borra de la carpeta («Deshacer eliminación» la recupera mientras la aplicación esté abierta).</translation>
    </message>
    <message>
        <source>opening {foldername}…</source>
        <translation>abriendo {foldername}…</translation>
    </message>
    <message>
        <source>Draw {numeral} first: the canvas is empty.</source>
        <translation>Primero dibuja {numeral}: el lienzo está vacío.</translation>
    </message>
    <message>
        <source>Choose a folder for your samples: your {numeral} is saved there as soon as it is open.</source>
        <translation>Elige una carpeta para tus muestras: tu {numeral} se guardará allí en cuanto esté abierta.</translation>
    </message>
    <message>
        <source>The network reads it as {numeral} ({pct}).</source>
        <translation>La red lo lee como {numeral} ({pct}).</translation>
    </message>
    <message>
        <source>Delete this sample?</source>
        <translation>¿Eliminar esta muestra?</translation>
    </message>
    <message>
        <source>Could not add the sample</source>
        <translation>No se pudo añadir la muestra</translation>
    </message>
    <message>
        <source>Could not relabel the sample</source>
        <translation>No se pudo cambiar la etiqueta de la muestra</translation>
    </message>
    <message>
        <source>Could not delete the sample</source>
        <translation>No se pudo eliminar la muestra</translation>
    </message>
    <message>
        <source>Could not restore the sample</source>
        <translation>No se pudo recuperar la muestra</translation>
    </message>
    <message>
        <source>Could not change the sample</source>
        <translation>No se pudo cambiar la muestra</translation>
    </message>
    <message>
        <source>could not open it: choose another folder</source>
        <translation>no se pudo abrir: elige otra carpeta</translation>
    </message>
    <message>
        <source>none yet: choose one to keep your samples</source>
        <translation>ninguna todavía: elige una</translation>
    </message>
    <message>
        <source>Not saved yet: choose another folder, then Accept again.</source>
        <translation>Todavía no se ha guardado: elige otra carpeta y pulsa «Aceptar» otra vez.</translation>
    </message>
    <message>
        <source>Not saved: choose a folder for your samples, then Accept again.</source>
        <translation>No se ha guardado: elige una carpeta para tus muestras y pulsa «Aceptar» otra vez.</translation>
    </message>
    <message>
        <source>Samples folder: {warning}</source>
        <translation>Carpeta de muestras: {warning}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.jobs</name>
    <message>
        <source>the network changed in the meantime: nothing was changed</source>
        <translation>la red cambió mientras tanto: no se modificó nada</translation>
    </message>
    <message>
        <source>filter {index} of {layername} given new weights</source>
        <translation>filtro {index} de {layername} con pesos nuevos</translation>
    </message>
</context>
<context>
    <name>lab.kernels.kernel_grid</name>
    <message>
        <source>weight row {row}, column {column}</source>
        <translation>peso fila {row}, columna {column}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.knockout_card</name>
    <message>
        <source>Switch off a filter of the network</source>
        <translation>Apaga un filtro de la red</translation>
    </message>
    <message>
        <source>Each filter of a trained convolution learned to find one pattern. Switch one off (all its weights become 0, so its feature map goes dark) or give it your own weights, and see what the network loses: its answer for your digit, and its accuracy on {n} test digits.</source>
        <translation>Cada filtro de una capa de convolución entrenada aprendió a encontrar un patrón. Apaga uno (todos sus pesos pasan a 0, así que su mapa de características se queda oscuro) o dale tus propios pesos, y observa lo que pierde la red: su respuesta para tu dígito y su precisión en {n} dígitos de prueba.</translation>
    </message>
    <message>
        <source>Which convolution layer&apos;s filters to choose from</source>
        <translation>La capa de convolución de cuyos filtros eliges</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Set every weight and the bias of this filter to 0</source>
        <translation>Poner a 0 todos los pesos y el sesgo de este filtro</translation>
    </message>
    <message>
        <source>Use these weights</source>
        <translation>Usar estos pesos</translation>
    </message>
    <message>
        <source>Give this filter the weights typed in the grid</source>
        <translation>Dar a este filtro los pesos escritos en la cuadrícula</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the last change to the network</source>
        <translation>Deshacer el último cambio en la red</translation>
    </message>
    <message>
        <source>Undo all</source>
        <translation>Deshacer todo</translation>
    </message>
    <message>
        <source>Give the network back every filter as it was trained</source>
        <translation>Devolver a la red todos los filtros tal como se entrenaron</translation>
    </message>
    <message>
        <source>As trained</source>
        <translation>Como se entrenó</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>This filter&apos;s map
on your digit</source>
        <translation>Mapa de este filtro
para tu dígito</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Accuracy on
{n} test digits</source>
        <translation>Precisión en
{n} pruebas</translation>
    </message>
</context>
<context>
    <name>lab.kernels.page</name>
    <message>
        <source>Another model is now current; the filter changes were made to the previous one</source>
        <translation>Ahora el modelo actual es otro; los cambios en los filtros se hicieron en el anterior</translation>
    </message>
    <message>
        <source>Making a private copy of the network to compare against…</source>
        <translation>Haciendo una copia propia de la red para comparar…</translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <source>Every cell of the filter needs a number.</source>
        <translation>Cada casilla del filtro necesita un número.</translation>
    </message>
    <message>
        <source>Measuring the network on {n} test digits as trained…</source>
        <translation>Midiendo la red, tal como se entrenó, en {n} dígitos de prueba…</translation>
    </message>
    <message>
        <source>Undone: {changes}.</source>
        <translation>Deshecho: {changes}.</translation>
    </message>
    <message>
        <source>Could not change the filter</source>
        <translation>No se pudo cambiar el filtro</translation>
    </message>
    <message>
        <source>The network has all its filters back, as trained.</source>
        <translation>La red vuelve a tener todos sus filtros, tal como se entrenaron.</translation>
    </message>
    <message>
        <source>The filter comparison failed</source>
        <translation>La comparación de filtros falló</translation>
    </message>
    <message>
        <source>Filter {index} of {layername}</source>
        <translation>Filtro {index} de {layername}</translation>
    </message>
</context>
<context>
    <name>lab.kernels.playground</name>
    <message>
        <source>Slide your own filter over your digit</source>
        <translation>Desliza tu propio filtro sobre tu dígito</translation>
    </message>
    <message>
        <source>A filter is a small grid of weights sliding over the digit: at each position the pixels under it are multiplied by the weights and added up, giving one pixel of a new image, the feature map. Edit a weight and watch every step change.</source>
        <translation>Un filtro es una pequeña cuadrícula de pesos que se desliza sobre el dígito: en cada posición, los píxeles que quedan debajo se multiplican por los pesos y se suman, lo que da un píxel de una imagen nueva, el mapa de características. Cambia un peso y observa cómo cambia cada paso.</translation>
    </message>
    <message>
        <source>your own</source>
        <translation>el tuyo</translation>
    </message>
    <message>
        <source>Start from a well-known filter, then edit it</source>
        <translation>Empieza con un filtro conocido y luego modifícalo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>A blank {side}×{side} filter to fill in</source>
        <translation>Un filtro de {side}×{side} en blanco para rellenar</translation>
    </message>
    <message>
        <source>Type a kernel</source>
        <translation>Escribe un núcleo</translation>
    </message>
    <message>
        <source>or type one: 1 0 -1; 2 0 -2; 1 0 -1</source>
        <translation>o escribe: 1 0 -1; 2 0 -2; 1 0 -1</translation>
    </message>
    <message>
        <source>Rows separated by ; or new lines, numbers by spaces or commas; fractions like 1/9 work. 3×3 or 5×5. Press Enter to use it.</source>
        <translation>Filas separadas por ; o saltos de línea, números por espacios o comas (por eso los decimales van con punto: 0.5); también valen fracciones como 1/9. 3×3 o 5×5. Pulsa Intro para usarlo.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Pad the border with zeros</source>
        <translation>Rellenar el borde con ceros</translation>
    </message>
    <message>
        <source>With padding the filter may hang over the edge (zeros there), so the map keeps its 28×28 size; without, it stays inside and the map shrinks</source>
        <translation>Con relleno, el filtro puede sobresalir del borde (allí hay ceros), así que el mapa conserva su tamaño de 28×28; sin relleno, se queda dentro y el mapa se encoge</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Tu dígito</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Max pooling 2×2</source>
        <translation>Max pooling 2×2</translation>
    </message>
    <message>
        <source>What the network reads: 0 is black, 1 white ink.</source>
        <translation>Lo que lee la red: 0 es negro, 1 tinta blanca.</translation>
    </message>
    <message>
        <source>Negative values become 0: only the matches stay.</source>
        <translation>Los valores negativos pasan a 0: solo quedan las coincidencias.</translation>
    </message>
    <message>
        <source>The largest of each 2×2 square: half the size, small shifts matter less.</source>
        <translation>El mayor de cada cuadrado de 2×2: la mitad de tamaño, y los pequeños desplazamientos importan menos.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab: it appears here.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar: aparecerá aquí.</translation>
    </message>
    <message>
        <source>Your own filter.</source>
        <translation>Tu propio filtro.</translation>
    </message>
    <message>
        <source>Each value: {n} pixels × {n} weights, added up. Red above 0, blue below.</source>
        <translation>Cada valor: {n} píxeles × {n} pesos, sumados. Rojo por encima de 0, azul por debajo.</translation>
    </message>
    <message>
        <source>Negative values become 0: {share} of the map, only the matches stay.</source>
        <translation>Los valores negativos pasan a 0: {share} del mapa; solo quedan las coincidencias.</translation>
    </message>
    <message>
        <source>Point at a value of the convolution to see the window it was computed from, or at a pooled value to see the 2×2 square it kept the largest of.</source>
        <translation>Señala un valor de la convolución para ver la ventana con la que se calculó, o un valor del pooling para ver el cuadrado de 2×2 del que se quedó con el mayor.</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: the {k}×{k} pixels in the green window, each times the weight on top of it, add up to {total}; ReLU keeps {relu}.</source>
        <translation>Fila {row}, columna {column}: los {k}×{k} píxeles de la ventana verde, cada uno multiplicado por el peso que tiene encima, suman {total}; ReLU se queda con {relu}.</translation>
    </message>
    <message>
        <source>Pooled row {row}, column {column}: of the four values in the green square of the ReLU map, the largest ({largest}, amber) is kept; the other three are dropped.</source>
        <translation>Fila {row}, columna {column} tras el pooling: de los cuatro valores del cuadrado verde del mapa ReLU se conserva el mayor ({largest}, en ámbar); los otros tres se descartan.</translation>
    </message>
</context>
<context>
    <name>lab.kernels.words</name>
    <message>
        <source>{changes} and {n} more changes</source>
        <translation>{changes} y {n} cambios más</translation>
    </message>
    <message>
        <source>Modified network: {changes}. The Draw and Inspect tabs use it too, until you undo or load another model.</source>
        <translation>Red modificada: {changes}. Las pestañas Dibujar e Inspeccionar también la usan, hasta que deshagas los cambios o cargues otro modelo.</translation>
    </message>
    <message>
        <source>A change made here changes the network itself: the Draw and Inspect tabs use it too, until you undo it.</source>
        <translation>Un cambio hecho aquí modifica la propia red: las pestañas Dibujar e Inspeccionar también la usan, hasta que lo deshagas.</translation>
    </message>
    <message>
        <source>{changes} (Lab › Kernel playground)</source>
        <translation>{changes} (Laboratorio › Taller de filtros)</translation>
    </message>
    <message>
        <source>Load or train a model first.</source>
        <translation>Primero carga o entrena un modelo.</translation>
    </message>
    <message>
        <source>This network has no convolution layer (a plain dense network on the raw pixels): it has no filters to switch off. Load or train a CNN to try this.</source>
        <translation>Esta red no tiene ninguna capa de convolución (es una red simple de capas densas sobre los píxeles en bruto): no tiene filtros que apagar. Carga o entrena una CNN para probarlo.</translation>
    </message>
    <message>
        <source>{layername} (? filters)</source>
        <translation>{layername} (? filtros)</translation>
    </message>
    <message>
        <source>{layername} (1 filter)</source>
        <translation>{layername} (1 filtro)</translation>
    </message>
    <message>
        <source>{layername} ({n} filters)</source>
        <translation>{layername} ({n} filtros)</translation>
    </message>
    <message>
        <source>Each tile: one filter&apos;s feature map on your digit, as the network now computes it (black: nothing found). Click a tile to choose that filter.</source>
        <translation>Cada casilla: el mapa de características de un filtro para tu dígito, tal como lo calcula ahora la red (negro: no encontró nada). Haz clic en una casilla para elegir ese filtro.</translation>
    </message>
    <message>
        <source>Draw a digit on the Draw tab to see what each filter finds in it.</source>
        <translation>Dibuja un dígito en la pestaña Dibujar para ver qué encuentra cada filtro en él.</translation>
    </message>
    <message>
        <source>Computing the feature maps…</source>
        <translation>Calculando los mapas de características…</translation>
    </message>
    <message>
        <source>Its {rows}×{columns} weights (bias {bias}). Type new ones and press “Use these weights”.</source>
        <translation>Sus {rows}×{columns} pesos (sesgo {bias}). Escribe otros y pulsa «Usar estos pesos».</translation>
    </message>
    <message>
        <source>This filter reads all {maps} maps of the layer before: {maps} slices of {rows}×{columns} weights (their average shown). Its weights can be switched off, not typed in.</source>
        <translation>Este filtro lee los {maps} mapas de la capa anterior: {maps} cortes de {rows}×{columns} pesos (se muestra su media). Sus pesos se pueden apagar, pero no escribir.</translation>
    </message>
    <message>
        <source>The network as trained: nothing switched off yet.</source>
        <translation>La red tal como se entrenó: todavía no se ha apagado nada.</translation>
    </message>
    <message>
        <source>No change in accuracy: other filters find much the same thing, so the network hardly misses this one.</source>
        <translation>La precisión no cambia: otros filtros encuentran más o menos lo mismo, así que la red apenas echa de menos este.</translation>
    </message>
    <message>
        <source>It now gets 1 more of the {total} test digits wrong.</source>
        <translation>Ahora falla en 1 dígito de prueba más (de {total}).</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {total} test digits wrong.</source>
        <translation>Ahora falla en {n} dígitos de prueba más (de {total}).</translation>
    </message>
    <message>
        <source>It now gets 1 more of the {total} test digits right.</source>
        <translation>Ahora acierta 1 dígito de prueba más (de {total}).</translation>
    </message>
    <message>
        <source>It now gets {n} more of the {total} test digits right.</source>
        <translation>Ahora acierta {n} dígitos de prueba más (de {total}).</translation>
    </message>
</context>
<context>
    <name>lab.tab</name>
    <message>
        <source>Why this answer</source>
        <translation>Por qué esta respuesta</translation>
    </message>
    <message>
        <source>Which pixels of your digit pushed the network to its answer</source>
        <translation>Qué píxeles de tu dígito llevaron a la red a su respuesta</translation>
    </message>
    <message>
        <source>Robustness lab</source>
        <translation>Laboratorio de robustez</translation>
    </message>
    <message>
        <source>Shift, turn, squash and spoil your digit: does the CNN cope better than a plain network?</source>
        <translation>Desplaza, gira, aplasta y estropea tu dígito: ¿se las arregla mejor la CNN que una red simple?</translation>
    </message>
    <message>
        <source>Kernel playground</source>
        <translation>Taller de filtros</translation>
    </message>
    <message>
        <source>Slide your own filter over your digit; switch off a filter of the network</source>
        <translation>Desliza tu propio filtro sobre tu dígito; apaga un filtro de la red</translation>
    </message>
    <message>
        <source>Nearest training digits</source>
        <translation>Dígitos más parecidos</translation>
    </message>
    <message>
        <source>The training digits the network thinks yours looks like</source>
        <translation>Los dígitos de entrenamiento a los que, según la red, se parece el tuyo</translation>
    </message>
    <message>
        <source>Your handwriting</source>
        <translation>Tu letra</translation>
    </message>
    <message>
        <source>Collect samples of your own digits and fine-tune the network on them</source>
        <translation>Reúne muestras de tus propios dígitos y ajusta la red con ellas</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Experiments on your digit: saliency, robustness, kernels, your own handwriting</source>
        <translation>Experimentos con tu dígito: saliencia, robustez, filtros, tu propia letra</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
</context>
</TS>
