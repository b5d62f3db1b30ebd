<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="132"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="132"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="139"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="139"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="233"/>
        <source>selected</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="233"/>
        <source>not selected</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="234"/>
        <source>Body map: {0}, {1}</source>
        <translation>Mapa del cuerpo: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="236"/>
        <source>Arrow keys move between areas; Space marks or unmarks the area.</source>
        <translation>Las flechas pasan de una zona a otra; la barra espaciadora marca o desmarca la zona.</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/icon_array.py" line="48"/>
        <source>Picture of 100 people</source>
        <translation>Dibujo de 100 personas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="37"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="96"/>
        <source>neuromod-aid</source>
        <translation>neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="62"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="67"/>
        <source>Start screen</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="70"/>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="73"/>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="76"/>
        <source>Patient screen (F5)</source>
        <translation>Pantalla del paciente (F5)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="104"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="230"/>
        <source>{0} — neuromod-aid</source>
        <translation>{0} — neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="123"/>
        <source>Pain clinic</source>
        <translation>Unidad del dolor</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="154"/>
        <source>Continue?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="155"/>
        <source>The consultation with {0} on {1} was not finished. Continue it now?</source>
        <translation>La consulta con {0} del {1} no se terminó. ¿Quiere continuarla ahora?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="171"/>
        <source>Open a consultation file</source>
        <translation>Abrir un archivo de consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="173"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="204"/>
        <source>Consultation files (*.json)</source>
        <translation>Archivos de consulta (*.json)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="180"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="184"/>
        <source>Not opened</source>
        <translation>No se ha abierto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="185"/>
        <source>The file is not a valid consultation:
{0}</source>
        <translation>El archivo no es una consulta válida:
{0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="202"/>
        <source>Save the consultation as a file</source>
        <translation>Guardar la consulta como archivo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="211"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="224"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="229"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="235"/>
        <source>All changes saved at {0}</source>
        <translation>Todo guardado a las {0}</translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="30"/>
        <source>Kind of next step</source>
        <translation>Tipo de siguiente paso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="32"/>
        <source>Trial planned</source>
        <translation>Prueba prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="33"/>
        <source>Psychological assessment</source>
        <translation>Valoración psicológica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="34"/>
        <source>Procedure date</source>
        <translation>Fecha de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="35"/>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="36"/>
        <source>Time to think it over</source>
        <translation>Tiempo para pensarlo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="37"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="41"/>
        <source>Next step, in words</source>
        <translation>Siguiente paso, en palabras</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="42"/>
        <source>What happens, in plain words</source>
        <translation>Qué pasará, en palabras sencillas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="44"/>
        <source>Date of the next step</source>
        <translation>Fecha del siguiente paso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="43"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="45"/>
        <source>Pick a date, or press Delete for no date</source>
        <translation>Elija una fecha, o pulse Supr para dejarla sin fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="46"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="47"/>
        <source>This is the agreed next step</source>
        <translation>Este es el siguiente paso acordado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="51"/>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="52"/>
        <source>Remove this next step</source>
        <translation>Quitar este paso</translation>
    </message>
</context>
<context>
    <name>NextStepsEditor</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="117"/>
        <source>Add a next step</source>
        <translation>Añadir un paso</translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="50"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="52"/>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="67"/>
        <source>Commonly considered for this patient</source>
        <translation>Se suele considerar para este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="70"/>
        <source>Explain: {0}</source>
        <translation>Explicar: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="71"/>
        <source>Discussed: {0}</source>
        <translation>Hablado: {0}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="83"/>
        <source>Options commonly considered for the conditions and pain areas chosen come first, with the reason. This informs; you and the patient decide.</source>
        <translation>Primero aparecen las opciones que se suelen considerar para las enfermedades y zonas de dolor elegidas, con el motivo. Es información: la decisión es suya y del paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="101"/>
        <source>Full explanation</source>
        <translation>Explicación completa</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="123"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="182"/>
        <source>Source: {0}.</source>
        <translation>Fuente: {0}.</translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="29"/>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="43"/>
        <source>Treatments already tried</source>
        <translation>Tratamientos ya probados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="45"/>
        <source>One treatment per line.</source>
        <translation>Un tratamiento por línea.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="47"/>
        <source>Treatments already tried, one per line</source>
        <translation>Tratamientos ya probados, uno por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="55"/>
        <source>Where it hurts</source>
        <translation>Dónde duele</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="58"/>
        <source>Click an area, or use the arrow keys and Space, to mark it.</source>
        <translation>Haga clic en una zona, o use las flechas y la barra espaciadora, para marcarla.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="65"/>
        <source>Areas marked</source>
        <translation>Zonas marcadas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="78"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="98"/>
        <source>Marked: {0}</source>
        <translation>Marcadas: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="100"/>
        <source>No area marked yet.</source>
        <translation>Aún no hay ninguna zona marcada.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="31"/>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="98"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="34"/>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="38"/>
        <source>Record number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="42"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="40"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="43"/>
        <source>Pick a date, or press Delete for no date</source>
        <translation>Elija una fecha, o pulse Supr para dejarla sin fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="44"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="46"/>
        <source>&amp;Record number</source>
        <translation>Número de &amp;historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="47"/>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="50"/>
        <source>This consultation</source>
        <translation>Esta consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="53"/>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="55"/>
        <source>Clinician&apos;s role</source>
        <translation>Cargo del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="57"/>
        <source>Date of the consultation</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="61"/>
        <source>Language of the patient&apos;s summary</source>
        <translation>Idioma del resumen del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="64"/>
        <source>&amp;Clinician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="65"/>
        <source>R&amp;ole</source>
        <translation>C&amp;argo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="66"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="67"/>
        <source>Summary &amp;language</source>
        <translation>&amp;Idioma del resumen</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="74"/>
        <source>The summary language sets the language of everything the patient sees and takes home. It does not change the language of this program.</source>
        <translation>El idioma del resumen es el de todo lo que el paciente ve y se lleva a casa. No cambia el idioma de este programa.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="114"/>
        <source>A name is needed; the last one is kept.</source>
        <translation>Hace falta un nombre; se mantiene el anterior.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../neuromod_aid/ui/presentation.py" line="51"/>
        <location filename="../../neuromod_aid/ui/presentation.py" line="52"/>
        <source>Patient screen</source>
        <translation>Pantalla del paciente</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="34"/>
        <source>The patient&apos;s questions</source>
        <translation>Preguntas del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="36"/>
        <source>One question per line. They go on the summary.</source>
        <translation>Una pregunta por línea. Aparecen en el resumen.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="38"/>
        <source>The patient&apos;s questions, one per line</source>
        <translation>Preguntas del paciente, una por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="42"/>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="48"/>
        <source>Clinician notes</source>
        <translation>Notas del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="45"/>
        <source>Printed on the take-home summary; never shown on the patient screen.</source>
        <translation>Se imprimen en el resumen para casa; nunca se muestran en la pantalla del paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="57"/>
        <source>Next steps</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="59"/>
        <source>Mark the one agreed at the end of the visit.</source>
        <translation>Marque el que se acuerde al final de la visita.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="65"/>
        <source>SURE test: ask the patient</source>
        <translation>Test SURE: pregunte al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="73"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="73"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="74"/>
        <source>Yes: {0}</source>
        <translation>Sí: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="75"/>
        <source>No: {0}</source>
        <translation>No: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="92"/>
        <source>Teach-back: the patient explains in their own words</source>
        <translation>Comprobación: el paciente lo explica con sus palabras</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="97"/>
        <source>Add a teach-back point</source>
        <translation>Añadir un punto a comprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="105"/>
        <source>Sure of myself: do you feel SURE about the best choice for you?</source>
        <translation>Seguridad: ¿se siente seguro de cuál es la mejor opción para usted?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="106"/>
        <source>Understand information: do you know the benefits and risks of each option?</source>
        <translation>Información: ¿conoce los beneficios y los riesgos de cada opción?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="108"/>
        <source>Risk-benefit ratio: are you clear about which benefits and risks matter most to you?</source>
        <translation>Riesgos y beneficios: ¿tiene claro qué beneficios y qué riesgos le importan más?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="110"/>
        <source>Encouragement: do you have enough support and advice to make a choice?</source>
        <translation>Apoyo: ¿tiene suficiente apoyo y consejo para decidir?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="118"/>
        <source>Questions and check</source>
        <translation>Preguntas y comprobación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="164"/>
        <source>Score: not finished yet.</source>
        <translation>Puntuación: aún sin terminar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="170"/>
        <source>Score {0} of 4: the patient may be unsure. Offer more time, more information or another visit before deciding.</source>
        <translation>Puntuación {0} de 4: puede que el paciente tenga dudas. Ofrezca más tiempo, más información u otra visita antes de decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="177"/>
        <source>Score 4 of 4: the patient feels ready to decide.</source>
        <translation>Puntuación 4 de 4: el paciente se siente preparado para decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="190"/>
        <source>Teach-back point</source>
        <translation>Punto a comprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="191"/>
        <source>What the patient should be able to explain</source>
        <translation>Lo que el paciente debería saber explicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="192"/>
        <source>Understood</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="193"/>
        <source>The patient explained this point</source>
        <translation>El paciente ha explicado este punto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="197"/>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="198"/>
        <source>Remove this point</source>
        <translation>Quitar este punto</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="35"/>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="37"/>
        <source>Discussed: {0} ({1})</source>
        <translation>Hablado: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="68"/>
        <source>Each picture shows 100 people. Filled figures: people this happens to. Hatched figures: up to this many. Outlined figures: people it does not happen to.</source>
        <translation>Cada dibujo muestra 100 personas. Figuras rellenas: personas a las que les pasa. Figuras rayadas: hasta este número. Figuras vacías: personas a las que no les pasa.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="83"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="95"/>
        <source>No therapy is marked as discussed yet. Mark them in Options.</source>
        <translation>Aún no hay ninguna terapia marcada como hablada. Márquelas en Opciones.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="56"/>
        <source>Neuromodulation consultation</source>
        <translation>Consulta de neuromodulación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="60"/>
        <source>Start a consultation</source>
        <translation>Empezar una consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="63"/>
        <source>Patient: name or record number</source>
        <translation>Paciente: nombre o número de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="64"/>
        <source>Type a name or record number…</source>
        <translation>Escriba un nombre o un número de historia…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="67"/>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="68"/>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="70"/>
        <source>&amp;Clinician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="74"/>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="75"/>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="77"/>
        <source>Start a &amp;new consultation</source>
        <translation>Empezar una consulta &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="85"/>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="88"/>
        <source>Recent consultations</source>
        <translation>Consultas recientes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="89"/>
        <source>&amp;Open the selected consultation</source>
        <translation>&amp;Abrir la consulta elegida</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="90"/>
        <source>Open the &amp;demo consultation</source>
        <translation>Abrir la consulta de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="131"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="131"/>
        <source>complete</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="166"/>
        <source>born {0}</source>
        <translation>nacido/a el {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="182"/>
        <source>Type the patient&apos;s name, or find them in the list.</source>
        <translation>Escriba el nombre del paciente o búsquelo en la lista.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="184"/>
        <source>Type the clinician&apos;s name.</source>
        <translation>Escriba el nombre del profesional.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="186"/>
        <source>A new consultation for {0}.</source>
        <translation>Una consulta nueva para {0}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="188"/>
        <source>A new patient: {0}.</source>
        <translation>Un paciente nuevo: {0}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="40"/>
        <source>Document to preview</source>
        <translation>Documento a mostrar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="42"/>
        <source>Patient summary</source>
        <translation>Resumen del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="43"/>
        <source>Nurse sheet</source>
        <translation>Hoja de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="44"/>
        <source>Trial diary</source>
        <translation>Diario de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="47"/>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="48"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="49"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="50"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="51"/>
        <source>&amp;Finish consultation</source>
        <translation>&amp;Terminar la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="53"/>
        <source>Marks the consultation as complete and returns to the start screen.</source>
        <translation>Marca la consulta como terminada y vuelve al inicio.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="69"/>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="90"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="151"/>
        <source>This document cannot be made by this version of the program.</source>
        <translation>Esta versión del programa no puede crear este documento.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="153"/>
        <source>This document needs a planned procedure.</source>
        <translation>Este documento necesita una intervención prevista.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="169"/>
        <source>The document could not be made; details are in the log.</source>
        <translation>No se ha podido crear el documento; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="196"/>
        <source>Export the document</source>
        <translation>Exportar el documento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="196"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="206"/>
        <source>Not exported</source>
        <translation>No se ha exportado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="207"/>
        <source>The file could not be written: {0}</source>
        <translation>No se ha podido escribir el archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="221"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="233"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="43"/>
        <source>Steps of the consultation</source>
        <translation>Pasos de la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="48"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="49"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="50"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="51"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="81"/>
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
    </message>
</context>
</TS>
