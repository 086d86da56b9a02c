<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
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
        <translation>Dígitos de entrenamiento más parecidos</translation>
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