<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>draw.actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>Deshace el último trazo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Put back what Undo took (Ctrl+Shift+Z)</source>
        <translation>Recupera lo que quitó «Deshacer» (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Wipe the canvas (Esc); Undo brings it back</source>
        <translation>Borra el lienzo (Esc); «Deshacer» lo recupera</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>&amp;Goma</translation>
    </message>
    <message>
        <source>Left button erases instead of drawing (E); the right button always erases</source>
        <translation>El botón izquierdo borra en vez de dibujar (E); el derecho siempre borra</translation>
    </message>
    <message>
        <source>&amp;Wider Pen</source>
        <translation>Lápiz más &amp;grueso</translation>
    </message>
    <message>
        <source>Make the pen wider (])</source>
        <translation>Hace el lápiz más grueso (])</translation>
    </message>
    <message>
        <source>&amp;Narrower Pen</source>
        <translation>Lápiz más &amp;fino</translation>
    </message>
    <message>
        <source>Make the pen narrower ([)</source>
        <translation>Hace el lápiz más fino ([)</translation>
    </message>
    <message>
        <source>&amp;Open Image…</source>
        <translation>&amp;Abrir imagen…</translation>
    </message>
    <message>
        <source>Load a picture of a digit from a file (Ctrl+O)</source>
        <translation>Carga la imagen de un dígito desde un archivo (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
        <source>Load the image on the clipboard (Ctrl+V)</source>
        <translation>Carga la imagen del portapapeles (Ctrl+V)</translation>
    </message>
    <message>
        <source>&amp;Random Test Digit</source>
        <translation>Dígito de prueba al a&amp;zar</translation>
    </message>
    <message>
        <source>Show a digit from MNIST's test set, which the network never trained on, with its true label (Ctrl+R)</source>
        <translation>Muestra un dígito del conjunto de prueba de MNIST, con el que la red nunca entrenó, junto con su etiqueta real (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show &amp;Why</source>
        <translation>Mostrar el &amp;porqué</translation>
    </message>
    <message>
        <source>Colour the parts of your drawing that pushed the network to its answer (Grad-CAM; the Lab's Why page can switch to another way of asking)</source>
        <translation>Colorea las partes de tu dibujo que llevaron a la red a su respuesta (Grad-CAM; la página «Por qué» del Laboratorio puede cambiar a otro método)</translation>
    </message>
    <message>
        <source>Show &amp;Preparation Steps</source>
        <translation>Mostrar los pasos de &amp;preparación</translation>
    </message>
    <message>
        <source>Show how the drawing becomes the {grid} input</source>
        <translation>Muestra cómo el dibujo se convierte en la entrada de {grid}</translation>
    </message>
</context>
<context>
    <name>draw.digit_chooser</name>
    <message>
        <source>Digits:</source>
        <translation>Dígitos:</translation>
    </message>
    <message>
        <source>Show digit {n}, read as {num} (not sure)</source>
        <translation>Mostrar el dígito {n}, leído como {num} (no está seguro)</translation>
    </message>
    <message>
        <source>Show digit {n}, read as {num}</source>
        <translation>Mostrar el dígito {n}, leído como {num}</translation>
    </message>
</context>
<context>
    <name>draw.jobs</name>
    <message>
        <source>Loaded from {name}, the first of {n} files dropped (one digit at a time)</source>
        <translation>Cargado de {name}, el primero de {n} archivos soltados (un dígito cada vez)</translation>
    </message>
    <message>
        <source>Loaded from {name}</source>
        <translation>Cargado de {name}</translation>
    </message>
</context>
<context>
    <name>draw.layout</name>
    <message>
        <source>Pen width ([ and ] change it too)</source>
        <translation>Grosor del lápiz ([ y ] también lo cambian)</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Grosor del lápiz</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <source>Or try:</source>
        <translation>O prueba:</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Random test digit</source>
        <translation>Dígito de prueba al azar</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <source>Use the mouse or a pen; the right button erases. Every stroke updates the network's answer.</source>
        <translation>Usa el ratón o un lápiz; el botón derecho borra. Cada trazo actualiza la respuesta de la red.</translation>
    </message>
    <message>
        <source>Show why</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>The network's answer</source>
        <translation>La respuesta de la red</translation>
    </message>
    <message>
        <source>Four steps: find the ink, crop it, shrink it to 20 pixels, centre it by its mass.</source>
        <translation>Cuatro pasos: encontrar la tinta, recortarla, reducirla a 20 píxeles y centrarla según su centro de masa.</translation>
    </message>
    <message>
        <source>How your drawing became {grid}</source>
        <translation>Cómo tu dibujo se convirtió en {grid}</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>Lo que ve la red</translation>
    </message>
    <message>
        <source>Your drawing is cropped, shrunk and centred into a {grid} grid of brightness values, like the {mnist} MNIST digits the network learned from. These {pixels} numbers are all it gets.</source>
        <translation>Tu dibujo se recorta, se reduce y se centra en una cuadrícula de {grid} valores de brillo, como los {mnist} dígitos de MNIST con los que aprendió la red. Esos {pixels} números son todo lo que recibe.</translation>
    </message>
    <message>
        <source>What the network sees, 28 by 28</source>
        <translation>Lo que ve la red, 28 por 28</translation>
    </message>
</context>
<context>
    <name>draw.preparation_steps</name>
    <message>
        <source>1 · Your ink</source>
        <translation>1 · Tu tinta</translation>
    </message>
    <message>
        <source>The drawing as ink intensity; the blue box is the ink's extent.</source>
        <translation>El dibujo como intensidad de tinta; el recuadro azul marca hasta dónde llega la tinta.</translation>
    </message>
    <message>
        <source>2 · Cropped</source>
        <translation>2 · Recortado</translation>
    </message>
    <message>
        <source>Everything outside the box is cut away, so position does not matter.</source>
        <translation>Todo lo que queda fuera del recuadro se recorta, así que la posición no importa.</translation>
    </message>
    <message>
        <source>3 · Scaled</source>
        <translation>3 · Escalado</translation>
    </message>
    <message>
        <source>The longer side is shrunk to 20 pixels, keeping the shape.</source>
        <translation>El lado más largo se reduce a 20 píxeles, conservando la forma.</translation>
    </message>
    <message>
        <source>4 · Centred</source>
        <translation>4 · Centrado</translation>
    </message>
    <message>
        <source>Placed in {grid} so its centre of mass (orange cross) is in the middle, exactly as the MNIST digits were prepared.</source>
        <translation>Colocado en {grid} de modo que su centro de masa (cruz naranja) quede en el centro, igual que se prepararon los dígitos de MNIST.</translation>
    </message>
    <message>
        <source>Nothing to prepare: the canvas is empty.</source>
        <translation>Nada que preparar: el lienzo está vacío.</translation>
    </message>
    <message>
        <source>Crop {w} × {h} px → scaled to {sw} × {sh} → placed at row {row}, column {column} of {grid}.</source>
        <translation>Recorte de {w} × {h} px → escalado a {sw} × {sh} → colocado en la fila {row}, columna {column} de {grid}.</translation>
    </message>
    <message>
        <source>Dark ink on light paper was inverted first: the network expects white ink on black.</source>
        <translation>La tinta oscura sobre papel claro se invirtió primero: la red espera tinta blanca sobre negro.</translation>
    </message>
</context>
<context>
    <name>draw.second_answer</name>
    <message>
        <source>Stop comparing with the other network</source>
        <translation>Dejar de comparar con la otra red</translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks)</source>
        <translation>Comparado con {name} (Inspeccionar › Dos redes)</translation>
    </message>
    <message>
        <source>: no digit yet</source>
        <translation>: aún no hay dígito</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>distinta</translation>
    </message>
    <message>
        <source> reads {num} · </source>
        <translation> lee {num} · </translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks): it reads {num} ({confidence}), the same answer.</source>
        <translation>Comparado con {name} (Inspeccionar › Dos redes): lee {num} ({confidence}), la misma respuesta.</translation>
    </message>
    <message>
        <source>Compared with {name} (Inspect › Two networks): it reads {num} ({confidence}), not the same answer.</source>
        <translation>Comparado con {name} (Inspeccionar › Dos redes): lee {num} ({confidence}), una respuesta distinta.</translation>
    </message>
</context>
<context>
    <name>draw.show_why</name>
    <message>
        <source>Show why: {message}</source>
        <translation>¿Por qué?: {message}</translation>
    </message>
</context>
<context>
    <name>draw.tab</name>
    <message>
        <source>Open an image of a digit</source>
        <translation>Abrir la imagen de un dígito</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no image.</source>
        <translation>Nada que pegar: el portapapeles no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>MNIST test digit #{i}</source>
        <translation>Dígito de prueba de MNIST n.º {i}</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Imagen soltada</translation>
    </message>
    <message>
        <source>Loading MNIST's test digits…</source>
        <translation>Cargando los dígitos de prueba de MNIST…</translation>
    </message>
    <message>
        <source>Could not open the image</source>
        <translation>No se pudo abrir la imagen</translation>
    </message>
    <message>
        <source>Could not load the test digits</source>
        <translation>No se pudieron cargar los dígitos de prueba</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>Draw a digit and watch the network read it</source>
        <translation>Dibuja un dígito y mira cómo lo lee la red</translation>
    </message>
</context>
<context>
    <name>draw.texts</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>draw.verdict</name>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>muy seguro</translation>
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
        <source>Calibrated, {pct} likely right.</source>
        <translation>Calibrado: {pct} de probabilidad de acertar.</translation>
    </message>
    <message>
        <source>{pct} of the vote goes to {num}; next best is {runner} with {runner_pct}.</source>
        <translation>El {pct} del voto va al {num}; le sigue el {runner} con {runner_pct}.</translation>
    </message>
    <message>
        <source>Digit {n} of {count}: {said}. {pct} of its vote goes to {num}.</source>
        <translation>Dígito {n} de {count}: {said}. El {pct} de su voto va al {num}.</translation>
    </message>
    <message>
        <source>It reads {number}</source>
        <translation>Lee {number}</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <source>Loading the network…</source>
        <translation>Cargando la red…</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>No hay ningún modelo cargado</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Esperando a la red…</translation>
    </message>
    <message>
        <source>The network's answer appears while you draw.</source>
        <translation>La respuesta de la red aparece mientras dibujas.</translation>
    </message>
    <message>
        <source>You can draw already: the answer appears as soon as it is ready.</source>
        <translation>Ya puedes dibujar: la respuesta aparece en cuanto esté lista.</translation>
    </message>
    <message>
        <source>Open one with Model ▸ Open Model… The {grid} image below still follows your drawing.</source>
        <translation>Abre uno con Modelo ▸ Abrir modelo… La imagen de {grid} de abajo sigue tu dibujo de todos modos.</translation>
    </message>
    <message>
        <source>It reads {num}: {sureness}</source>
        <translation>Lee {num}: {sureness}</translation>
    </message>
    <message>
        <source>Not sure: {num} or {num2}?</source>
        <translation>No está seguro: ¿{num} o {num2}?</translation>
    </message>
    <message>
        <source>This may not be a digit</source>
        <translation>Puede que esto no sea un dígito</translation>
    </message>
    <message>
        <source>true label &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>etiqueta real &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✓ read correctly</source>
        <translation>✓ leído correctamente</translation>
    </message>
    <message>
        <source>✗ read wrongly</source>
        <translation>✗ leído incorrectamente</translation>
    </message>
</context>
</TS>