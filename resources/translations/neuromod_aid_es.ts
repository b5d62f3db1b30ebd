<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="44"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="50"/>
        <source>Content version %1, written %2. Last reviewed %3; next review due %4.</source>
        <translation>Versión del contenido %1, redactada el %2. Última revisión: %3; próxima revisión prevista: %4.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="60"/>
        <source>%1 is an education and documentation aid. It supports, and does not replace, the conversation between the patient and the care team; the clinician chooses the treatment.</source>
        <translation>%1 es una ayuda para informar y documentar. Apoya la conversación entre el paciente y su equipo, no la sustituye; el tratamiento lo elige el profesional.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="69"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="73"/>
        <source>Fonts in every document</source>
        <translation>Tipos de letra de todos los documentos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="75"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="77"/>
        <source>Word list for the reading-level checks</source>
        <translation>Lista de palabras para comprobar la facilidad de lectura</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="81"/>
        <source>The full licence texts of the fonts and of the word list are in their folders in %1.</source>
        <translation>Los textos completos de las licencias de las fuentes y de la lista de palabras están en sus carpetas, en %1.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="20"/>
        <source>Amend a finished consultation</source>
        <translation>Modificar una consulta terminada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="23"/>
        <source>The consultation was finished and its documents may have been handed out. Each printed version stays on record; this change is recorded with your name, the time and the reason.</source>
        <translation>La consulta está terminada y quizá ya se entregaron sus documentos. Cada versión impresa se conserva; este cambio queda registrado con su nombre, la hora y el motivo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="31"/>
        <source>Who is amending</source>
        <translation>Quién hace el cambio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="34"/>
        <source>Reason for the amendment</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="39"/>
        <source>&amp;Your name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="39"/>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/amend.py" line="60"/>
        <source>Both your name and the reason are needed.</source>
        <translation>Hacen falta su nombre y el motivo.</translation>
    </message>
</context>
<context>
    <name>ArrivalField</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/time_field.py" line="43"/>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/time_field.py" line="44"/>
        <source>For example 07:30</source>
        <translation>Por ejemplo 07:30</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/time_field.py" line="61"/>
        <source>Arrival time not understood: &apos;{0}&apos; — enter a time</source>
        <translation>Hora de llegada no entendida: «{0}». Escriba una hora</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/time_field.py" line="72"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/time_field.py" line="78"/>
        <source>{0} was not saved: type the time as hours:minutes, for example 07:30. The arrival time stays {1}.</source>
        <translation>{0} no se guardó: escriba la hora como horas:minutos, por ejemplo 07:30. La hora de llegada sigue siendo {1}.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="21"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="166"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="165"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="216"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="217"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="373"/>
        <source>selected</source>
        <translation>marcada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="373"/>
        <source>not selected</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="374"/>
        <source>Body map: {0}, {1}</source>
        <translation>Mapa del cuerpo: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="377"/>
        <source>Arrow keys move between areas, Home and End to the front and the back view, letters to an area&apos;s name; Space marks or unmarks the area.</source>
        <translation>Las flechas pasan de una zona a otra; Inicio y Fin, a la vista de delante y a la de detrás; las letras, al nombre de una zona. La barra espaciadora marca o desmarca la zona.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/body_map.py" line="381"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="38"/>
        <source>Before the procedure</source>
        <translation>Antes de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="39"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="47"/>
        <source>reached</source>
        <translation>localizado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="49"/>
        <source>not reached</source>
        <translation>no localizado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="63"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="64"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="65"/>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="66"/>
        <source>Reached</source>
        <translation>Localizado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="67"/>
        <source>What was said</source>
        <translation>Lo hablado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="68"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="76"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="81"/>
        <source>Calls about this procedure</source>
        <translation>Llamadas sobre esta intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="87"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="90"/>
        <source>Now (or for example 09:15)</source>
        <translation>Ahora (o por ejemplo 09:15)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="94"/>
        <source>The patient was r&amp;eached</source>
        <translation>Se &amp;localizó al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="98"/>
        <source>Record the ca&amp;ll</source>
        <translation>Anotar la ll&amp;amada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="100"/>
        <source>&amp;Day of the call:</source>
        <translation>&amp;Día de la llamada:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="102"/>
        <source>Day of the call</source>
        <translation>Día de la llamada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="105"/>
        <source>Ti&amp;me:</source>
        <translation>Ho&amp;ra:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="106"/>
        <source>Call &amp;kind:</source>
        <translation>&amp;Tipo de llamada:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="107"/>
        <source>What was &amp;said:</source>
        <translation>Lo &amp;hablado:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="108"/>
        <source>Problems &amp;found:</source>
        <translation>Problemas &amp;encontrados:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/calls.py" line="152"/>
        <source>Type the time as hours:minutes, for example 09:15, or leave it empty for now.</source>
        <translation>Escriba la hora como horas:minutos, por ejemplo 09:15, o déjela vacía para indicar ahora.</translation>
    </message>
</context>
<context>
    <name>CarriedBanner</name>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="169"/>
        <source>Chec&amp;ked with the patient</source>
        <translation>Com&amp;probado con el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="181"/>
        <source>Check each with the patient below and change what is no longer right.</source>
        <translation>Compruebe cada dato con el paciente aquí abajo y cambie lo que ya no sea correcto.</translation>
    </message>
</context>
<context>
    <name>ClinicDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="49"/>
        <source>Clinic details</source>
        <translation>Datos de la clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="53"/>
        <source>These details are printed on every take-home summary, under “Who to call”. They are used for every new consultation. Opening hours and what to do when you are closed are printed in the summary&apos;s language: fill them in for each language.</source>
        <translation>Estos datos se imprimen en cada resumen para casa, en «A quién llamar», y se usan en cada consulta nueva. El horario y qué hacer cuando la clínica está cerrada se imprimen en el idioma del resumen: rellénelos en cada idioma.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="68"/>
        <source>e.g. the hospital switchboard</source>
        <translation>p. ej., la centralita del hospital</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="76"/>
        <source>urn:oid:… or https://…</source>
        <translation>urn:oid:… o https://…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="82"/>
        <source>As the hospital&apos;s IT team gives it, for the file “For the hospital record”.</source>
        <translation>Tal como lo da el servicio de informática del hospital, para el archivo «Para la historia clínica».</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="91"/>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="92"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="93"/>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="94"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="103"/>
        <source>Opening hours ({0})</source>
        <translation>Horario ({0})</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="104"/>
        <source>When you are closed ({0})</source>
        <translation>Cuando está cerrada ({0})</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="105"/>
        <source>Out-of-hours p&amp;hone</source>
        <translation>Teléfono &amp;fuera de horario</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="106"/>
        <source>Record numbers&apos; s&amp;ystem</source>
        <translation>&amp;Sistema de los números de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="165"/>
        <source>The clinic&apos;s name is needed.</source>
        <translation>Falta el nombre de la clínica.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="181"/>
        <source>It has a space in it: a system URI has none.</source>
        <translation>Tiene un espacio, y la dirección de un sistema no lleva ninguno.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="182"/>
        <source>It is too long for a system URI.</source>
        <translation>Es demasiado larga para la dirección de un sistema.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="184"/>
        <source>This is not a full system URI. Type it as urn:oid:… or https://…, as the hospital gives it.</source>
        <translation>No es la dirección completa de un sistema. Escríbala como urn:oid:… o https://…, tal como la da el hospital.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="188"/>
        <source>Type urn:oid: and https:// in small letters: a FHIR server would take capitals for another system.</source>
        <translation>Escriba urn:oid: y https:// en minúsculas: un servidor FHIR tomaría las mayúsculas por otro sistema.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="191"/>
        <source>Type it as urn:oid:… or https://…, as the hospital gives it.</source>
        <translation>Escríbala como urn:oid:… o https://…, tal como la da el hospital.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="193"/>
        <source>After urn:oid: come numbers and dots only, for example urn:oid:1.2.34.5678.</source>
        <translation>Después de urn:oid: van solo números y puntos, por ejemplo urn:oid:1.2.34.5678.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="196"/>
        <source>After https:// comes the name of the hospital&apos;s server, for example https://hospital.example/record-number.</source>
        <translation>Después de https:// va el nombre del servidor del hospital, por ejemplo https://hospital.example/record-number.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="200"/>
        <source>Record numbers&apos; system not saved: {0}</source>
        <translation>No se guardó el sistema de los números de historia: {0}</translation>
    </message>
</context>
<context>
    <name>ClinicianField</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinician_field.py" line="59"/>
        <source>{0} (not on the staff list)</source>
        <translation>{0} (no está en la lista del personal)</translation>
    </message>
</context>
<context>
    <name>ContentEditor</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="77"/>
        <source>Clinic content</source>
        <translation>Contenido de la clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="84"/>
        <source>Re&amp;view and history</source>
        <translation>Re&amp;visión e historial</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="85"/>
        <source>Clinical sign-o&amp;ff</source>
        <translation>Vi&amp;sto bueno clínico</translation>
    </message>
</context>
<context>
    <name>ContentFollower</name>
    <message>
        <location filename="../../neuromod_aid/ui/content_follow.py" line="81"/>
        <source>The clinic&apos;s content changed: what you see and print from now on uses it.</source>
        <translation>El contenido de la clínica ha cambiado: lo que vea e imprima a partir de ahora lo usa.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="66"/>
        <source>year-month-day</source>
        <translation>año-mes-día</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="69"/>
        <source>Type the date as year-month-day (1968-03-12 or 19680312), or pick it from the calendar (Alt+Down). Delete leaves it empty.</source>
        <translation>Escriba la fecha como año-mes-día (1968-03-12 o 19680312), o elíjala en el calendario (Alt+Abajo). Supr la deja vacía.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="74"/>
        <source>Type the date as year-month-day (1968-03-12 or 19680312), or pick it from the calendar (Alt+Down).</source>
        <translation>Escriba la fecha como año-mes-día (1968-03-12 o 19680312), o elíjala en el calendario (Alt+Abajo).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="87"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Abrir el calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="165"/>
        <source>type it as year-month-day, for example 1968-03-12</source>
        <translation>escríbala como año-mes-día, por ejemplo 1968-03-12</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="180"/>
        <source>there is no month {0}</source>
        <translation>no existe el mes {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="182"/>
        <source>dates before 1900 are not accepted</source>
        <translation>no se aceptan fechas anteriores a 1900</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="186"/>
        <source>{0} {1} has {2} days</source>
        <translation>{0} de {1} tiene {2} días</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="188"/>
        <source>a date of birth cannot be in the future</source>
        <translation>una fecha de nacimiento no puede ser futura</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="197"/>
        <source>Check this date: {0} is in the past.</source>
        <translation>Compruebe esta fecha: {0} ya ha pasado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="199"/>
        <source>Check this date: {0} is in the future.</source>
        <translation>Compruebe esta fecha: {0} todavía no ha llegado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="208"/>
        <source>The date stays {0}.</source>
        <translation>La fecha sigue siendo {0}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="207"/>
        <source>No date is stored.</source>
        <translation>No hay ninguna fecha guardada.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="161"/>
        <source>A date is needed.</source>
        <translation>Hace falta una fecha.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/date_field.py" line="203"/>
        <source>{0} was not saved: {1}.</source>
        <translation>{0} no se ha guardado: {1}.</translation>
    </message>
</context>
<context>
    <name>EditTab</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="106"/>
        <source>Content to edit</source>
        <translation>Contenido para editar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="110"/>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="138"/>
        <source>I &amp;checked this row (stop days and restart rule) for our clinic</source>
        <translation>He &amp;comprobado esta fila (días sin tomarlo y cuándo volver a tomarlo) para nuestra clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="146"/>
        <source>&amp;Save as draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="151"/>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="152"/>
        <source>Reason for the chan&amp;ge</source>
        <translation>&amp;Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="178"/>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="179"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="180"/>
        <source>Benefits (outcomes)</source>
        <translation>Beneficios (resultados)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="181"/>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="182"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="183"/>
        <source>What matters to the patient</source>
        <translation>Lo que le importa al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="184"/>
        <source>Blood thinners</source>
        <translation>Anticoagulantes y antiagregantes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="185"/>
        <source>Document wording</source>
        <translation>Textos de los documentos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="186"/>
        <source>The clinic</source>
        <translation>La clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="197"/>
        <source>Therapies offered here</source>
        <translation>Terapias que se ofrecen aquí</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="204"/>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="204"/>
        <source>Headings and labels</source>
        <translation>Títulos y etiquetas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="239"/>
        <source>High bleeding risk</source>
        <translation>Riesgo de sangrado alto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="240"/>
        <source>Intermediate bleeding risk</source>
        <translation>Riesgo de sangrado intermedio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="241"/>
        <source>Low bleeding risk</source>
        <translation>Riesgo de sangrado bajo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="246"/>
        <source>{0}: not given (the team writes it in)</source>
        <translation>{0}: no consta (el equipo lo escribe a mano)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="249"/>
        <source>stop it</source>
        <translation>suspenderlo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="250"/>
        <source>keep taking it</source>
        <translation>seguir tomándolo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="251"/>
        <source>decide with the prescriber</source>
        <translation>decidirlo con el médico que lo recetó</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="255"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="255"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="256"/>
        <source>last dose {0}–{1} {2} before</source>
        <translation>última dosis {0}–{1} {2} antes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="259"/>
        <source>restart {0}–{1} hours after</source>
        <translation>volver a tomarlo {0}–{1} horas después</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="266"/>
        <source>Reviewed by {0} on {1}.</source>
        <translation>Revisada por {0} el {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="269"/>
        <source>Not yet reviewed by the clinic.</source>
        <translation>La clínica aún no la ha revisado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="306"/>
        <source>Not scored (a title or a label)</source>
        <translation>Sin puntuar (es un título o una etiqueta)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="310"/>
        <source>Plain enough</source>
        <translation>Fácil de leer</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="310"/>
        <source>Too hard to read</source>
        <translation>Demasiado difícil de leer</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="341"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="346"/>
        <source>Nothing changed: no draft was made.</source>
        <translation>No ha cambiado nada: no se ha creado ningún borrador.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/editor.py" line="351"/>
        <source>Saved as draft revision {0}. A second person must approve it before patients see it.</source>
        <translation>Guardado como borrador, revisión {0}. Otra persona debe aprobarlo antes de que lo vean los pacientes.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="143"/>
        <source>Erase this patient?</source>
        <translation>¿Suprimir este paciente?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="148"/>
        <source>Erase {0} with their {1} consultation(s), the versions kept of them and the record of {2} document(s) made for them? Their name is then gone from the database file itself; the backups keep it until they are replaced. This cannot be undone, and files already saved or printed are not touched.</source>
        <translation>¿Suprimir a {0} con sus {1} consulta(s), las versiones guardadas de ellas y el registro de {2} documento(s) hechos para este paciente? Su nombre desaparece entonces del propio archivo de la base de datos; las copias de seguridad lo guardan hasta que se sustituyen. No se puede deshacer, y los archivos ya guardados o impresos no se tocan.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="160"/>
        <source>Whether to erase is the clinic&apos;s decision under the law: in Spain clinical records are kept at least five years after each discharge (Ley 41/2002, art. 17).</source>
        <translation>Suprimir o no es una decisión legal de la clínica: en España la historia clínica se conserva al menos cinco años desde cada alta (Ley 41/2002, art. 17).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="167"/>
        <source>To erase, type the record number {0}:</source>
        <translation>Para suprimir, escriba el número de historia {0}:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="170"/>
        <source>Record number, to confirm</source>
        <translation>Número de historia, para confirmar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="176"/>
        <source>&amp;Erase</source>
        <translation>&amp;Suprimir</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="56"/>
        <source>&amp;Out of</source>
        <translation>&amp;De cada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="73"/>
        <source>Our clinic&apos;s own &amp;audit of this risk</source>
        <translation>Auditoría pr&amp;opia de la clínica sobre este riesgo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="79"/>
        <source>How many had it</source>
        <translation>Cuántos lo tuvieron</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="80"/>
        <source>Out of how many</source>
        <translation>De cuántos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="81"/>
        <source>From the year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="82"/>
        <source>To the year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="95"/>
        <source>Checks of the figure</source>
        <translation>Comprobaciones de la cifra</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="100"/>
        <source>&amp;Lowest figure</source>
        <translation>Cifra más &amp;baja</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="101"/>
        <source>&amp;Highest figure</source>
        <translation>Cifra más a&amp;lta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="102"/>
        <source>With the t&amp;reatment</source>
        <translation>Con el t&amp;ratamiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="103"/>
        <source>In the com&amp;parison group</source>
        <translation>En el grupo de com&amp;paración</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="104"/>
        <source>Over what t&amp;ime</source>
        <translation>En cuánto t&amp;iempo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="105"/>
        <source>In &amp;what people</source>
        <translation>En &amp;qué personas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="114"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="185"/>
        <source>Not a figure that can be saved: {0}</source>
        <translation>No es una cifra que se pueda guardar: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="188"/>
        <source>The {0} text does not show {1} ({2}).</source>
        <translation>El texto en {0} no muestra {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/figures.py" line="193"/>
        <source>The figure matches its text.</source>
        <translation>La cifra coincide con su texto.</translation>
    </message>
</context>
<context>
    <name>FinishedBanner</name>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="103"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="104"/>
        <source>Change this finished consultation, saying why</source>
        <translation>Cambiar esta consulta terminada, indicando el motivo</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="36"/>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="41"/>
        <source>Follow-up visits</source>
        <translation>Visitas de seguimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="44"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="45"/>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="46"/>
        <source>not asked</source>
        <translation>sin preguntar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="50"/>
        <source>Record the follow-&amp;up visit</source>
        <translation>Anotar la visita de seg&amp;uimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="52"/>
        <source>Day of the visi&amp;t:</source>
        <translation>Día de la vi&amp;sita:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="54"/>
        <source>Day of the visit</source>
        <translation>Día de la visita</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="57"/>
        <source>Pain (0-10):</source>
        <translation>Dolor (0-10):</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="58"/>
        <source>Relief:</source>
        <translation>Alivio:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="59"/>
        <source>Device settings changed:</source>
        <translation>Ajustes del aparato cambiados:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="60"/>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="74"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="75"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="76"/>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="77"/>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="78"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/follow_up.py" line="79"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/about.py" line="104"/>
        <location filename="../../neuromod_aid/ui/about.py" line="107"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="18"/>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="22"/>
        <source>Changes to this patient&apos;s records, newest first</source>
        <translation>Cambios en los registros de este paciente, los más recientes primero</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="23"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="23"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="23"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="36"/>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="41"/>
        <source>Consultation started</source>
        <translation>Consulta iniciada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="42"/>
        <source>Consultation saved</source>
        <translation>Consulta guardada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="43"/>
        <source>Consultation finished</source>
        <translation>Consulta terminada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="44"/>
        <source>Consultation opened for an amendment</source>
        <translation>Consulta abierta para modificarla</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="45"/>
        <source>Consultation archived</source>
        <translation>Consulta archivada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="46"/>
        <source>Consultation shown in the lists again</source>
        <translation>Consulta mostrada de nuevo en las listas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="47"/>
        <source>Document saved</source>
        <translation>Documento guardado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="48"/>
        <source>Document printed</source>
        <translation>Documento impreso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="49"/>
        <source>Document not written, taken off the record</source>
        <translation>Documento no escrito, retirado del registro</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="50"/>
        <source>Patient added</source>
        <translation>Paciente añadido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="51"/>
        <source>Patient&apos;s details corrected</source>
        <translation>Datos del paciente corregidos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="52"/>
        <source>Patient archived</source>
        <translation>Paciente archivado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="53"/>
        <source>Patient shown in the lists again</source>
        <translation>Paciente mostrado de nuevo en las listas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="54"/>
        <source>Records of this patient merged</source>
        <translation>Registros de este paciente unidos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="55"/>
        <source>Patient deleted</source>
        <translation>Paciente eliminado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="56"/>
        <source>Everything about the patient exported</source>
        <translation>Exportado todo lo que hay sobre el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="57"/>
        <source>Checklist item marked</source>
        <translation>Punto de la lista de comprobación marcado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="58"/>
        <source>Call recorded</source>
        <translation>Llamada registrada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="59"/>
        <source>Trial diary entered</source>
        <translation>Diario de la prueba introducido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="60"/>
        <source>Trial decision recorded</source>
        <translation>Decisión sobre la prueba registrada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="61"/>
        <source>Trial decision withdrawn</source>
        <translation>Decisión sobre la prueba retirada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/history.py" line="62"/>
        <source>Follow-up visit recorded</source>
        <translation>Visita de seguimiento registrada</translation>
    </message>
</context>
<context>
    <name>HospitalRecord</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="25"/>
        <source>For the &amp;hospital record…</source>
        <translation>Para la &amp;historia clínica…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="27"/>
        <source>A FHIR file with this consultation and its summary, for the hospital system.</source>
        <translation>Un archivo FHIR con esta consulta y su resumen, para el sistema del hospital.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="40"/>
        <source>Export for the hospital record</source>
        <translation>Exportar para la historia clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="42"/>
        <source>FHIR documents (*.json)</source>
        <translation>Documentos FHIR (*.json)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="60"/>
        <source>Not exported</source>
        <translation>No se ha exportado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="61"/>
        <source>The file could not be written: {0}</source>
        <translation>No se ha podido escribir el archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="66"/>
        <source>Saved for the hospital record as {0}</source>
        <translation>Guardado para la historia clínica como {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/hospital.py" line="69"/>
        <source>The record numbers&apos; system is not set: set it in Clinic details (Ctrl+Shift+D) before the hospital takes the file in.</source>
        <translation>Falta el sistema de los números de historia: póngalo en Datos de la clínica (Ctrl+Mayús+D) antes de que el hospital cargue el archivo.</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/icon_array.py" line="60"/>
        <source>Picture of 1,000 people</source>
        <translation>Dibujo de 1000 personas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/icon_array.py" line="62"/>
        <source>Picture of 100 people</source>
        <translation>Dibujo de 100 personas</translation>
    </message>
</context>
<context>
    <name>Keeping</name>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="36"/>
        <source>Restore unsaved changes?</source>
        <translation>¿Recuperar los cambios sin guardar?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="38"/>
        <source>Changes to the consultation with {0} on {1} could not be saved last time. Restore them and save them now?</source>
        <translation>La última vez no se pudieron guardar los cambios de la consulta de {0} del {1}. ¿Recuperarlos y guardarlos ahora?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="55"/>
        <source>Continue?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="57"/>
        <source>The program stopped while the consultation with {0} on {1} was open. Everything typed until a moment before was saved. Continue it now?</source>
        <translation>El programa se cerró con la consulta de {0} del {1} abierta. Se guardó todo lo escrito hasta un momento antes. ¿Continuarla ahora?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="74"/>
        <source>This consultation cannot be opened</source>
        <translation>Esta consulta no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="76"/>
        <source>Its stored record cannot be read ({0}). It was left as it is in the patient records; every other consultation opens as usual.</source>
        <translation>Su registro guardado no se puede leer ({0}). Se ha dejado tal como está en los registros de pacientes; todas las demás consultas se abren como siempre.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="94"/>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="96"/>
        <source>{0}

The latest changes to the consultation with {1} are not in the patient records yet.</source>
        <translation>{0}

Los últimos cambios de la consulta de {1} todavía no están en los datos de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="100"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="101"/>
        <source>Save as a file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="102"/>
        <source>Discard the changes…</source>
        <translation>Descartar los cambios…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="103"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="111"/>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="113"/>
        <source>The changes to the consultation with {0} that are not saved will be lost. Discard them?</source>
        <translation>Se perderán los cambios sin guardar de la consulta de {0}. ¿Descartarlos?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="129"/>
        <source>Finish the consultation?</source>
        <translation>¿Terminar la consulta?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="131"/>
        <source>Finish the consultation with {0}? It is then kept as it is now and opens read-only; changing it later is an amendment, recorded with who and why.</source>
        <translation>¿Terminar la consulta de {0}? Se guarda tal como está ahora y se abrirá solo para leer; cambiarla después será una modificación, registrada con quién y por qué.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="146"/>
        <source>The consultation can be changed again.</source>
        <translation>La consulta se puede cambiar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="155"/>
        <location filename="../../neuromod_aid/ui/keeping.py" line="177"/>
        <source>Open a consultation file</source>
        <translation>Abrir un archivo de consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="157"/>
        <location filename="../../neuromod_aid/ui/keeping.py" line="222"/>
        <source>Consultation files (*.json)</source>
        <translation>Archivos de consulta (*.json)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="166"/>
        <location filename="../../neuromod_aid/ui/keeping.py" line="170"/>
        <location filename="../../neuromod_aid/ui/keeping.py" line="187"/>
        <location filename="../../neuromod_aid/ui/keeping.py" line="197"/>
        <source>Not opened</source>
        <translation>No se ha abierto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="171"/>
        <source>The file is not a valid consultation:
{0}</source>
        <translation>El archivo no es una consulta válida:
{0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="179"/>
        <source>Open {0} as a new, unfinished consultation for {1}? It is a copy: the consultations already stored are not changed.</source>
        <translation>¿Abrir {0} como una consulta nueva y sin terminar para {1}? Es una copia: las consultas ya guardadas no cambian.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="189"/>
        <source>Not opened: this file records which risks were discussed, where the patient is leaning or the trial&apos;s decision. Only a physician can bring those in: ask a physician to open the file.</source>
        <translation>No se ha abierto: este archivo dice qué riesgos se hablaron, hacia qué opción se inclina el paciente o la decisión tras la prueba. Solo un médico puede traer esos datos: pida a un médico que abra el archivo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="199"/>
        <source>Not opened: in the patient records, record number {0} belongs to {1}, but the file gives {2}. One number cannot name two people: check the file.</source>
        <translation>No se abrió: en los datos de los pacientes, el número de historia {0} es de {1}, pero el archivo indica {2}. Un número no puede ser de dos personas: revise el archivo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="220"/>
        <source>Save the consultation as a file</source>
        <translation>Guardar la consulta como archivo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="229"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/keeping.py" line="231"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
</context>
<context>
    <name>MadeDocuments</name>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="33"/>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="35"/>
        <source>Documents made from the selected consultation</source>
        <translation>Documentos hechos a partir de la consulta elegida</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="38"/>
        <source>Made</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="38"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="38"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="38"/>
        <source>Saved as</source>
        <translation>Guardado como</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="40"/>
        <source>Rebuild as it &amp;was…</source>
        <translation>&amp;Rehacer tal como era…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="42"/>
        <source>Make this document again from the record and the content it was made from</source>
        <translation>Vuelva a hacer este documento a partir del registro y del contenido con que se hizo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="60"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="61"/>
        <source>summary, core pages</source>
        <translation>resumen, páginas principales</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="62"/>
        <source>nurse sheet</source>
        <translation>hoja de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="63"/>
        <source>trial diary</source>
        <translation>diario de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="64"/>
        <source>nurse&apos;s checklist</source>
        <translation>lista de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="65"/>
        <source>trial result</source>
        <translation>resultado de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="66"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="75"/>
        <source>, large print</source>
        <translation>, letra grande</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="108"/>
        <source>Rebuild as it was</source>
        <translation>Rehacer tal como era</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="116"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="122"/>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/made_documents.py" line="124"/>
        <source>Saved as {0}, as it was made on {1}.</source>
        <translation>Guardado como {0}, tal como se hizo el {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="77"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="242"/>
        <source>neuromod-aid</source>
        <translation>neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="64"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="69"/>
        <source>Start screen</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="74"/>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="77"/>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="80"/>
        <source>Patient screen (F5)</source>
        <translation>Pantalla del paciente (F5)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="86"/>
        <source>Clinic details…</source>
        <translation>Datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="90"/>
        <source>Clinic content…</source>
        <translation>Contenido de la clínica…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="94"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="98"/>
        <source>Procedures</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="101"/>
        <source>Staff list…</source>
        <translation>Personal…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="105"/>
        <source>Working as…</source>
        <translation>Trabajando como…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="108"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="112"/>
        <source>About neuromod-aid</source>
        <translation>Acerca de neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="138"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/window_actions.py" line="140"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="257"/>
        <location filename="../../neuromod_aid/ui/main_window.py" line="274"/>
        <location filename="../../neuromod_aid/ui/workspace.py" line="127"/>
        <location filename="../../neuromod_aid/ui/workspace.py" line="140"/>
        <source>{0} — neuromod-aid</source>
        <translation>{0} — neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="272"/>
        <source>Demo (fictional patient) — neuromod-aid</source>
        <translation>Demostración (paciente ficticio) — neuromod-aid</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="280"/>
        <source>The patient records cannot be opened</source>
        <translation>No se pueden abrir los datos de los pacientes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="323"/>
        <source>Clinic details saved.</source>
        <translation>Datos de la clínica guardados.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="352"/>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="341"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/main_window.py" line="348"/>
        <source>All changes saved at {0}</source>
        <translation>Todo guardado a las {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/i18n.py" line="79"/>
        <source>The program will be in English the next time it starts. Close it and open it again to change now.</source>
        <translation>El programa estará en español la próxima vez que se abra. Ciérrelo y vuelva a abrirlo para cambiarlo ahora.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/workspace.py" line="113"/>
        <source>Planned procedures — neuromod-aid</source>
        <translation>Intervenciones previstas — neuromod-aid</translation>
    </message>
</context>
<context>
    <name>NextStepRow</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="32"/>
        <source>Kind of next step</source>
        <translation>Tipo de siguiente paso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="34"/>
        <source>Trial planned</source>
        <translation>Prueba prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="35"/>
        <source>Psychological assessment</source>
        <translation>Valoración psicológica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="36"/>
        <source>Procedure date</source>
        <translation>Fecha de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="37"/>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="38"/>
        <source>Time to think it over</source>
        <translation>Tiempo para pensarlo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="39"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="42"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="45"/>
        <source>Next step, in words</source>
        <translation>Siguiente paso, en palabras</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="46"/>
        <source>What happens, in plain words</source>
        <translation>Qué pasará, en palabras sencillas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="48"/>
        <source>Date of the next step</source>
        <translation>Fecha del siguiente paso</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="47"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="50"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="51"/>
        <source>This is the agreed next step</source>
        <translation>Este es el siguiente paso acordado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="55"/>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="56"/>
        <source>Remove this next step</source>
        <translation>Quitar este paso</translation>
    </message>
</context>
<context>
    <name>NextStepsEditor</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/next_steps.py" line="132"/>
        <source>Add a next step</source>
        <translation>Añadir un paso</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/offer.py" line="23"/>
        <source>Offered here</source>
        <translation>Se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/offer.py" line="24"/>
        <source>Not offered here: ask about a referral</source>
        <translation>No se ofrece aquí: preguntar por una derivación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/offer.py" line="25"/>
        <source>Not shown at all</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/offer.py" line="31"/>
        <source>A therapy not offered here is still shown, with a line telling the patient to ask about a referral; a hidden one is not shown on the Options step.</source>
        <translation>Una terapia que no se ofrece aquí se sigue mostrando, con una línea que invita al paciente a preguntar por una derivación; una oculta no aparece en el paso Opciones.</translation>
    </message>
</context>
<context>
    <name>OptionCard</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="58"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="60"/>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="93"/>
        <source>Commonly considered for this patient</source>
        <translation>Se suele considerar para este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="96"/>
        <source>Explain: {0}</source>
        <translation>Explicar: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="97"/>
        <source>Discussed: {0}</source>
        <translation>Hablado: {0}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="109"/>
        <source>Options commonly considered for the conditions and pain areas chosen come first, with the reason. This informs; you and the patient decide.</source>
        <translation>Primero aparecen las opciones que se suelen considerar para las enfermedades y zonas de dolor elegidas, con el motivo. Es información: la decisión es suya y del paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="131"/>
        <source>Full explanation</source>
        <translation>Explicación completa</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/options.py" line="158"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="44"/>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="58"/>
        <source>Treatments already tried</source>
        <translation>Tratamientos ya probados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="60"/>
        <source>One treatment per line.</source>
        <translation>Un tratamiento por línea.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="63"/>
        <source>Treatments already tried, one per line</source>
        <translation>Tratamientos ya probados, uno por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="71"/>
        <source>Where it &amp;hurts</source>
        <translation>Dónde &amp;duele</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="76"/>
        <source>Click an area, or use the arrow keys and Space, to mark it. Home: front, End: back; type a name&apos;s first letters to go to it.</source>
        <translation>Haga clic en una zona, o use las flechas y la barra espaciadora, para marcarla. Inicio: delante; Fin: detrás. Escriba las primeras letras de un nombre para ir a esa zona.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="88"/>
        <source>Areas marked</source>
        <translation>Zonas marcadas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="116"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="133"/>
        <source>Keyboard on: {0}</source>
        <translation>Teclado en: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="140"/>
        <source>Marked:</source>
        <translation>Marcadas:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/pain.py" line="142"/>
        <source>No area marked yet.</source>
        <translation>Aún no hay ninguna zona marcada.</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="32"/>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="100"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="35"/>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="41"/>
        <source>Record number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="43"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="42"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="44"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="46"/>
        <source>&amp;Record number</source>
        <translation>Número de &amp;historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="47"/>
        <source>Date of bir&amp;th</source>
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
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="56"/>
        <source>Clinician&apos;s role</source>
        <translation>Cargo del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="58"/>
        <source>Date of the consultation</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="60"/>
        <source>Language of the patient&apos;s summary</source>
        <translation>Idioma del resumen del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="63"/>
        <source>&amp;Clinician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="64"/>
        <source>R&amp;ole</source>
        <translation>Car&amp;go</translation>
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
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="119"/>
        <source>A name is needed; the last one is kept.</source>
        <translation>Hace falta un nombre; se mantiene el anterior.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="136"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/patient.py" line="139"/>
        <source>Record number {0} already belongs to {1}, so it was not saved; the number stays {2}. If they are the same person, merge the two records from the patient&apos;s record.</source>
        <translation>El número de historia {0} ya es de {1}, así que no se guardó; el número sigue siendo {2}. Si son la misma persona, fusione las dos fichas desde la ficha del paciente.</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="63"/>
        <source>Demo: a fictional patient, not a real record</source>
        <translation>Demostración: un paciente ficticio, no una historia real</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="66"/>
        <source>Details (they apply to every unfinished consultation)</source>
        <translation>Datos (se aplican a todas las consultas sin terminar)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="72"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="76"/>
        <source>&amp;Save the details</source>
        <translation>&amp;Guardar los datos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="78"/>
        <source>&amp;Full name</source>
        <translation>Nombre co&amp;mpleto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="79"/>
        <source>&amp;Record number</source>
        <translation>Número de &amp;historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="85"/>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="87"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="92"/>
        <source>Consultations</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="95"/>
        <source>Consultations of this patient</source>
        <translation>Consultas de este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="99"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="100"/>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="101"/>
        <source>Options discussed</source>
        <translation>Opciones comentadas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="103"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="107"/>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="110"/>
        <source>&amp;Clinician</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="121"/>
        <source>Start a &amp;new consultation</source>
        <translation>Empezar una consulta &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="123"/>
        <source>&amp;Open the selected consultation</source>
        <translation>&amp;Abrir la consulta elegida</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="124"/>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="285"/>
        <source>&amp;Archive the consultation</source>
        <translation>Archivar la cons&amp;ulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="135"/>
        <source>Calls about procedures</source>
        <translation>Llamadas sobre las intervenciones</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="138"/>
        <source>Calls about this patient&apos;s procedures</source>
        <translation>Llamadas sobre las intervenciones de este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="140"/>
        <source>Procedure</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="145"/>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="146"/>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="221"/>
        <source>Archive the patient</source>
        <translation>Archivar al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="147"/>
        <source>&amp;Merge another record into this one…</source>
        <translation>&amp;Fusionar otra ficha con esta…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="148"/>
        <source>&amp;Delete a patient entered by mistake…</source>
        <translation>&amp;Borrar un paciente creado por error…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="193"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="219"/>
        <source>Show the patient in the lists again</source>
        <translation>Volver a mostrar al paciente en las listas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="246"/>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="246"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="248"/>
        <source>, amended</source>
        <translation>, modificada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="250"/>
        <source>, archived</source>
        <translation>, archivada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="256"/>
        <source>{0} (older version)</source>
        <translation>{0} (versión anterior)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="283"/>
        <source>Show the consultation again</source>
        <translation>Volver a mostrar la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="318"/>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="326"/>
        <source>Record number {0} already belongs to {1}.</source>
        <translation>El número de historia {0} ya es de {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="354"/>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="359"/>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="368"/>
        <source>Merge two records</source>
        <translation>Fusionar dos fichas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="355"/>
        <source>No other record with a name like {0} was found.</source>
        <translation>No hay otra ficha con un nombre como {0}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="360"/>
        <source>Which record is the same person as {0}?</source>
        <translation>¿Qué ficha es la misma persona que {0}?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="370"/>
        <source>Merge {0} into {1}? Every consultation of both stays, each as it was written, under {1}; the record {0} is then gone from the lists.</source>
        <translation>¿Fusionar {0} con {1}? Todas las consultas de las dos se conservan, cada una tal como se escribió, en {1}; la ficha {0} desaparece de las listas.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="386"/>
        <source>Delete the patient?</source>
        <translation>¿Borrar al paciente?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_view.py" line="388"/>
        <source>Delete {0} with their {1} consultation(s) and the record of {2} document(s) made for them? This cannot be undone. Files already saved or printed are not touched.</source>
        <translation>¿Borrar a {0} con sus {1} consulta(s) y el registro de {2} documento(s) hechos para esta persona? No se puede deshacer. Los archivos ya guardados o impresos no se tocan.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../neuromod_aid/ui/presentation.py" line="58"/>
        <location filename="../../neuromod_aid/ui/presentation.py" line="59"/>
        <source>Patient screen</source>
        <translation>Pantalla del paciente</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="212"/>
        <source>Printing progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="214"/>
        <source>&amp;Cancel printing</source>
        <translation>&amp;Cancelar la impresión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="231"/>
        <source>Already printing</source>
        <translation>Ya se está imprimiendo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="233"/>
        <source>A document is printing now. Wait until it is done, or cancel it, then print again.</source>
        <translation>Ahora se está imprimiendo un documento. Espere a que termine, o cancélelo, y vuelva a imprimir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="259"/>
        <source>Getting the document ready to print…</source>
        <translation>Preparando el documento para imprimir…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="271"/>
        <source>Cancelling the print…</source>
        <translation>Cancelando la impresión…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="283"/>
        <source>Printing page {0} of {1}…</source>
        <translation>Imprimiendo la página {0} de {1}…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="311"/>
        <source>Sent to the printer, but not recorded: the patient records cannot be written now.</source>
        <translation>Enviado a la impresora, pero sin registrar: ahora no se puede escribir en los datos de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="316"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="321"/>
        <source>Printing cancelled after {0} of {1} pages. It is not recorded.</source>
        <translation>Impresión cancelada tras {0} de {1} páginas. No queda registrada.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="327"/>
        <source>The document could not be made; details are in the log.</source>
        <translation>No se ha podido crear el documento; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="330"/>
        <source>The printer could not be started. Check that it is on and connected, then print again.</source>
        <translation>No se ha podido poner en marcha la impresora. Compruebe que está encendida y conectada, y vuelva a imprimir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="335"/>
        <source>Printing stopped at page {0} of {1}; details are in the log. It is not recorded.</source>
        <translation>La impresión se detuvo en la página {0} de {1}; los detalles están en el registro. No queda registrada.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/printing.py" line="338"/>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
</context>
<context>
    <name>ProcedureEditor</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="47"/>
        <source>A &amp;procedure is planned</source>
        <translation>Hay una &amp;intervención prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="48"/>
        <source>A procedure is planned</source>
        <translation>Hay una intervención prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="62"/>
        <source>Therapy of the planned procedure</source>
        <translation>Terapia de la intervención prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="71"/>
        <source>Kind of procedure</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="72"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="75"/>
        <source>No date yet</source>
        <translation>Sin fecha aún</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="76"/>
        <source>Date of the procedure</source>
        <translation>Fecha de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="79"/>
        <source>Place of the procedure</source>
        <translation>Lugar de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="80"/>
        <source>Building, floor, unit</source>
        <translation>Edificio, planta, unidad</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="85"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="86"/>
        <source>Trial length in days</source>
        <translation>Duración de la prueba en días</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="90"/>
        <source>&amp;Therapy:</source>
        <translation>&amp;Terapia:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="91"/>
        <source>K&amp;ind:</source>
        <translation>Clas&amp;e:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="92"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="93"/>
        <source>&amp;Arrival time:</source>
        <translation>&amp;Hora de llegada:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="94"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="95"/>
        <source>T&amp;rial length:</source>
        <translation>Duración de la &amp;prueba:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="110"/>
        <source>Bl&amp;ood thinners the patient takes:</source>
        <translation>Medicinas para la sangre que t&amp;oma el paciente:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="113"/>
        <source>Blood thinners the patient takes</source>
        <translation>Medicinas para la sangre que toma el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="115"/>
        <source>Tick each one the patient takes; press Space to tick.</source>
        <translation>Marque cada una que toma el paciente; pulse Espacio para marcar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="142"/>
        <source>None ticked means none recorded, not that the patient takes none: the sheet then asks the patient to call about any blood thinner.</source>
        <translation>Si no marca ninguna, significa que no hay ninguna anotada, no que el paciente no tome ninguna: la hoja le pedirá que llame si toma alguna medicina para la sangre.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="146"/>
        <source>Ot&amp;her blood thinners, not in the list (one per line):</source>
        <translation>Ot&amp;ras medicinas para la sangre que no están en la lista (una por línea):</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="148"/>
        <source>Other blood thinners, one per line</source>
        <translation>Otras medicinas para la sangre, una por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="151"/>
        <source>Aller&amp;gies: the allergen and the reaction (one per line):</source>
        <translation>Aler&amp;gias: a qué y qué reacción (una por línea):</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="154"/>
        <source>Allergies, one per line</source>
        <translation>Alergias, una por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="155"/>
        <source>For example: chlorhexidine, rash</source>
        <translation>Por ejemplo: clorhexidina, ronchas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="157"/>
        <source>No &amp;known allergies (asked)</source>
        <translation>Sin alergias conoci&amp;das (preguntado)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="304"/>
        <source>With a “Trial planned” next step this is the trial: the nurse sheet gives the trial&apos;s rules. Without one, it gives the implant&apos;s.</source>
        <translation>Con un siguiente paso «Prueba prevista», se trata de la prueba: la hoja de enfermería da las normas de la prueba. Sin él, da las del implante.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="308"/>
        <source>This therapy has no trial period: no trial diary.</source>
        <translation>Esta terapia no tiene periodo de prueba: no hay diario de la prueba.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="333"/>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="334"/>
        <source>Implant</source>
        <translation>Implante</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="335"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="336"/>
        <source>Removal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="337"/>
        <source>Pump refill</source>
        <translation>Recarga de la bomba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/procedure.py" line="338"/>
        <source>A course of TMS</source>
        <translation>Un ciclo de EMT</translation>
    </message>
</context>
<context>
    <name>ProcedureScreen</name>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="51"/>
        <source>Not yet</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="52"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="53"/>
        <source>Not applicable</source>
        <translation>No procede</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="54"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="61"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="82"/>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="84"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="116"/>
        <source>Pre-procedure checklist</source>
        <translation>Lista de comprobación antes de la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="120"/>
        <source>Trial &amp;review…</source>
        <translation>Re&amp;visión de la prueba…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="121"/>
        <source>Sa&amp;ve the nurse&apos;s checklist (PDF)…</source>
        <translation>&amp;Guardar la lista de enfermería (PDF)…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="122"/>
        <source>Open the &amp;consultation</source>
        <translation>Abrir la &amp;consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="123"/>
        <source>Back to the procedures</source>
        <translation>Volver a las intervenciones</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="149"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="154"/>
        <source>Record number {0} · {1} · {2} · arrival {3} · {4}</source>
        <translation>Número de historia {0} · {1} · {2} · llegada {3} · {4}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="157"/>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="163"/>
        <source>Checklist: {0}</source>
        <translation>Lista: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="224"/>
        <source>Save the nurse&apos;s checklist</source>
        <translation>Guardar la lista de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="282"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="224"/>
        <source>Nurse&apos;s checklist</source>
        <translation>Lista de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="300"/>
        <source>Not saved: the file could not be written: {0}</source>
        <translation>No se guardó: no se pudo escribir el archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/checklist.py" line="306"/>
        <source>Saved as {0}.</source>
        <translation>Guardada como {0}.</translation>
    </message>
</context>
<context>
    <name>ProceduresView</name>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="43"/>
        <location filename="../../neuromod_aid/ui/procedures.py" line="63"/>
        <source>Planned procedures</source>
        <translation>Intervenciones previstas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="47"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="51"/>
        <source>All planned procedures</source>
        <translation>Todas las intervenciones previstas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="52"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="53"/>
        <source>Overdue: the day has come, the checklist is not complete</source>
        <translation>Atrasadas: ha llegado el día y la lista no está completa</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="54"/>
        <source>Checklist not complete</source>
        <translation>Lista sin completar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="59"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="66"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="67"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="68"/>
        <source>Record number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="69"/>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="70"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="71"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="72"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="77"/>
        <source>&amp;Open the procedure</source>
        <translation>&amp;Abrir la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="79"/>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="120"/>
        <source>No planned procedure to show.</source>
        <translation>No hay ninguna intervención prevista que mostrar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="128"/>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="155"/>
        <source>{0} done, {1} not needed, {2} to do</source>
        <translation>hechos: {0}, no hacen falta: {1}, pendientes: {2}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/procedures.py" line="159"/>
        <source>, {0} problem(s)</source>
        <translation>, con problemas: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="37"/>
        <source>The patient&apos;s questions</source>
        <translation>Preguntas del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="39"/>
        <source>One question per line. They go on the summary.</source>
        <translation>Una pregunta por línea. Aparecen en el resumen.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="42"/>
        <source>The patient&apos;s questions, one per line</source>
        <translation>Preguntas del paciente, una por línea</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="77"/>
        <source>Next steps</source>
        <translation>Siguientes pasos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="79"/>
        <source>Mark the one agreed at the end of the visit.</source>
        <translation>Marque el que se acuerde al final de la visita.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="87"/>
        <source>Planned procedure</source>
        <translation>Intervención prevista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="90"/>
        <source>Needed for the nurse sheet and the trial diary on the Summary step.</source>
        <translation>Necesaria para la hoja de enfermería y el diario de la prueba del paso Resumen.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="97"/>
        <source>SURE test: ask the patient</source>
        <translation>Test SURE: pregunte al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="109"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="109"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="214"/>
        <source>Yes: {0}</source>
        <translation>Sí: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="215"/>
        <source>No: {0}</source>
        <translation>No: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="126"/>
        <source>Teach-back: the patient explains in their own words</source>
        <translation>Comprobación: el paciente lo explica con sus palabras</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="46"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="48"/>
        <source>Notes &amp;for the patient (printed on the summary)</source>
        <translation>Notas para el pa&amp;ciente (se imprimen en el resumen)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="51"/>
        <source>Notes for the patient</source>
        <translation>Notas para el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="56"/>
        <source>Pri&amp;vate notes (never printed, never on the patient screen)</source>
        <translation>Notas pri&amp;vadas (nunca se imprimen ni se ven en la pantalla del paciente)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="60"/>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="62"/>
        <source>Never printed and never shown on the patient screen</source>
        <translation>Nunca se imprimen ni se muestran en la pantalla del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="131"/>
        <source>Add a teach-back point</source>
        <translation>Añadir un punto a comprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="139"/>
        <source>Sure of myself: do you feel SURE about the best choice for you?</source>
        <translation>Seguridad: ¿se siente seguro de cuál es la mejor opción para usted?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="140"/>
        <source>Understand information: do you know the benefits and risks of each option?</source>
        <translation>Información: ¿conoce los beneficios y los riesgos de cada opción?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="142"/>
        <source>Risk-benefit ratio: are you clear about which benefits and risks matter most to you?</source>
        <translation>Riesgos y beneficios: ¿tiene claro qué beneficios y qué riesgos le importan más?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="144"/>
        <source>Encouragement: do you have enough support and advice to make a choice?</source>
        <translation>Apoyo: ¿tiene suficiente apoyo y consejo para decidir?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="153"/>
        <source>Questions and check</source>
        <translation>Preguntas y comprobación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="228"/>
        <source>Score: not finished yet.</source>
        <translation>Puntuación: aún sin terminar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="234"/>
        <source>Score {0} of 4: the patient may be unsure. Offer more time, more information or another visit before deciding.</source>
        <translation>Puntuación {0} de 4: puede que el paciente tenga dudas. Ofrezca más tiempo, más información u otra visita antes de decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="241"/>
        <source>Score 4 of 4: the patient feels ready to decide.</source>
        <translation>Puntuación 4 de 4: el paciente se siente preparado para decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="254"/>
        <source>Teach-back point</source>
        <translation>Punto a comprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="255"/>
        <source>What the patient should be able to explain</source>
        <translation>Lo que el paciente debería saber explicar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="256"/>
        <source>Understood</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="257"/>
        <source>The patient explained this point</source>
        <translation>El paciente ha explicado este punto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="261"/>
        <location filename="../../neuromod_aid/ui/steps/questions.py" line="262"/>
        <source>Remove this point</source>
        <translation>Quitar este punto</translation>
    </message>
</context>
<context>
    <name>Returning</name>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="36"/>
        <source>Carried over from the consultation of {0}: conditions, pain areas and treatments tried. Not yet checked with the patient.</source>
        <translation>Traído de la consulta del {0}: enfermedades, zonas de dolor y tratamientos probados. Aún sin comprobar con el paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="44"/>
        <source>Carried over from the consultation of {0}: conditions, pain areas and treatments tried. Checked with the patient on {1}.</source>
        <translation>Traído de la consulta del {0}: enfermedades, zonas de dolor y tratamientos probados. Comprobado con el paciente el {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="52"/>
        <source>Recorded on {0}, not carried over, ask again: allergies: {1}; blood thinners: {2}.</source>
        <translation>Anotado el {0}, no se ha traído, vuelva a preguntar: alergias: {1}; medicinas para la sangre: {2}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="76"/>
        <source>Conditions</source>
        <translation>Enfermedades</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="80"/>
        <source>Pain areas</source>
        <translation>Zonas de dolor</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="84"/>
        <source>Treatments tried</source>
        <translation>Tratamientos probados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="89"/>
        <source>Carr&amp;y over from the consultation of {0}:</source>
        <translation>&amp;Traer de la consulta del {0}:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/returning.py" line="112"/>
        <source>no known allergies</source>
        <translation>sin alergias conocidas</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="42"/>
        <location filename="../../neuromod_aid/ui/content/review.py" line="70"/>
        <source>Drafts waiting for approval</source>
        <translation>Borradores pendientes de aprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="43"/>
        <source>Every revision of the item being edited</source>
        <translation>Todas las revisiones del elemento que se edita</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="46"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="46"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="46"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="48"/>
        <source>What the revision changed</source>
        <translation>Lo que cambió la revisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="56"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="57"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="58"/>
        <source>Go &amp;back to this revision</source>
        <translation>V&amp;olver a esta revisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="63"/>
        <source>Your na&amp;me</source>
        <translation>S&amp;u nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="64"/>
        <source>Reason (for going back)</source>
        <translation>Motivo (para volver atrás)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="71"/>
        <source>History of this item</source>
        <translation>Historial de este elemento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="117"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="118"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="119"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="120"/>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="127"/>
        <source>with {0}</source>
        <translation>con {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="140"/>
        <source>Choose a revision to see what it changed.</source>
        <translation>Elija una revisión para ver lo que cambió.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="143"/>
        <source>Written by {0} on {1} (UTC). Reason: {2}</source>
        <translation>Escrita por {0} el {1} (UTC). Motivo: {2}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="147"/>
        <source>Decided by {0} on {1}.</source>
        <translation>Decidida por {0} el {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="163"/>
        <location filename="../../neuromod_aid/ui/content/review.py" line="178"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="167"/>
        <source>Revision {0} approved. Documents made from now on use it.</source>
        <translation>Revisión {0} aprobada. Los documentos que se hagan a partir de ahora la usan.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="169"/>
        <source>Revision {0} rejected.</source>
        <translation>Revisión {0} rechazada.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/review.py" line="181"/>
        <source>Saved as draft revision {0}. A second person must approve it.</source>
        <translation>Guardado como borrador, revisión {0}. Otra persona debe aprobarlo.</translation>
    </message>
</context>
<context>
    <name>RightsActions</name>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="45"/>
        <source>E&amp;xport everything about this patient…</source>
        <translation>&amp;Exportar todos los datos del paciente…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="46"/>
        <source>&amp;Erase this patient at their request…</source>
        <translation>&amp;Suprimir este paciente a petición suya…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="68"/>
        <source>Give the patient their record number first, and save it.</source>
        <translation>Primero escriba el número de historia del paciente y guárdelo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="74"/>
        <source>Export everything about this patient</source>
        <translation>Exportar todo lo que hay sobre este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="82"/>
        <source>patient-record</source>
        <translation>ficha-paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="94"/>
        <source>Everything stored about {0} is in the folder {1}: {2} files, with {3} document(s) made again as they were made. README.txt, in the patient&apos;s language, says what each file is.</source>
        <translation>Todo lo que se guarda sobre {0} está en la carpeta {1}: {2} archivos, con {3} documento(s) hechos de nuevo tal como se hicieron. README.txt, en el idioma del paciente, explica qué es cada archivo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="101"/>
        <source>Erase this patient</source>
        <translation>Suprimir este paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="114"/>
        <source>The patient was erased: {0} consultation(s), {1} version(s) kept of them, the record of {2} document(s) and {3} amendment(s).</source>
        <translation>Se suprimió al paciente: {0} consulta(s), {1} versión(es) guardadas de ellas, el registro de {2} documento(s) y {3} modificación(es).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/patient_rights.py" line="119"/>
        <source>Another exam room has the database open: what was erased leaves the database&apos;s files once every room has closed the program.</source>
        <translation>Otra sala tiene abierta la base de datos: lo suprimido sale de los archivos de la base de datos cuando todas las salas hayan cerrado el programa.</translation>
    </message>
</context>
<context>
    <name>RiskRow</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="54"/>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="56"/>
        <source>Discussed: {0} ({1})</source>
        <translation>Hablado: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="106"/>
        <source>Go to the risks of:</source>
        <translation>Ir a los riesgos de:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="118"/>
        <source>Each picture shows 100 people (1,000 for rarer risks). Filled: people this happens to. Striped: up to this many. Outlined: people it does not happen to. Risks rarer than 1 in 100 are given in words only.</source>
        <translation>Cada dibujo muestra 100 personas (1000 para los riesgos menos frecuentes). Relleno: a quien le pasa. Con rayas: hasta este número. Solo contorno: a quien no le pasa. Los riesgos de menos de 1 de cada 100 se dan solo con palabras.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="137"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="149"/>
        <source>No therapy is marked as discussed yet. Mark them in Options.</source>
        <translation>Aún no hay ninguna terapia marcada como hablada. Márquelas en Opciones.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="170"/>
        <source>Go to the risks of {0}</source>
        <translation>Ir a los riesgos de {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="183"/>
        <source>Mark all as discussed</source>
        <translation>Marcar todos como hablados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="185"/>
        <source>Mark all risks of {0} as discussed</source>
        <translation>Marcar todos los riesgos de {0} como hablados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/risks.py" line="213"/>
        <source>{0} risks of {1} marked as discussed.</source>
        <translation>{0} riesgos de {1} marcados como hablados.</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="83"/>
        <source>Saved in another room</source>
        <translation>Guardada en otra sala</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="88"/>
        <source>The consultation with {0} was saved in another room after you opened it here, so your changes were not saved over it. They are kept.</source>
        <translation>La consulta de {0} se guardó en otra sala después de que usted la abriera aquí, así que sus cambios no se han guardado encima. Se conservan.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="92"/>
        <source>Keep &amp;mine as a new consultation</source>
        <translation>Guardar &amp;mis cambios como una consulta nueva</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="93"/>
        <source>&amp;Reload theirs, dropping mine</source>
        <translation>&amp;Recargar los de la otra sala y descartar los míos</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="94"/>
        <source>&amp;Keep mine over theirs…</source>
        <translation>&amp;Conservar los míos en lugar de los de la otra sala…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="111"/>
        <source>Not saved: your changes are still kept here.</source>
        <translation>No se ha guardado: sus cambios siguen conservados aquí.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="118"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation>{0}: en la otra sala «{1}», aquí «{2}»</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/rooms.py" line="122"/>
        <source>Yours will replace theirs in these parts of the record:</source>
        <translation>Lo que usted escribió aquí sustituirá a lo de la otra sala en estas partes del registro:</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="57"/>
        <source>Restore the backup of %1</source>
        <translation>Recuperar la copia del %1</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="63"/>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="64"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="66"/>
        <source>The patient records are damaged</source>
        <translation>Los datos de los pacientes están dañados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="67"/>
        <source>The database file %1 is damaged or is not a neuromod-aid database, so the patient records cannot be opened.

Whatever you choose, the damaged file is kept: it is renamed, never deleted.</source>
        <translation>El archivo de la base de datos %1 está dañado o no es una base de datos de neuromod-aid, así que no se pueden abrir los datos de los pacientes.

Elija lo que elija, el archivo dañado se guarda: se le cambia el nombre, nunca se borra.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="74"/>
        <source>No good backup of it was found in %1.</source>
        <translation>No se ha encontrado ninguna copia de seguridad en buen estado en %1.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="83"/>
        <source>The backup of %1 was restored.</source>
        <translation>Se ha recuperado la copia de seguridad del %1.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="88"/>
        <source>A new, empty database was started.</source>
        <translation>Se ha empezado una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="92"/>
        <source>The damaged file could not be set aside (%1); nothing was changed.</source>
        <translation>No se ha podido apartar el archivo dañado (%1); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/safekeeping.py" line="97"/>
        <source>The damaged file is kept as %1.</source>
        <translation>El archivo dañado se guarda como %1.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="43"/>
        <source>Try &amp;again now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="44"/>
        <source>Save as a &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="53"/>
        <source>Not saved: the disk is full.</source>
        <translation>Sin guardar: el disco está lleno.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="54"/>
        <source>Not saved: the patient records cannot be written to.</source>
        <translation>Sin guardar: no se puede escribir en los datos de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="55"/>
        <source>Not saved: the patient records are busy in another program.</source>
        <translation>Sin guardar: otro programa está usando los datos de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="56"/>
        <source>Not saved: the patient records file is damaged.</source>
        <translation>Sin guardar: el archivo de datos de los pacientes está dañado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="57"/>
        <source>Not saved: the database refused a value in this record.</source>
        <translation>Sin guardar: la base de datos rechazó un valor de esta ficha.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="58"/>
        <source>Not saved: this consultation was saved in another room.</source>
        <translation>No se ha guardado: esta consulta se guardó en otra sala.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="60"/>
        <source>Not saved: only a physician can change which risks were discussed or where the patient is leaning.</source>
        <translation>No se ha guardado: solo un médico/a puede cambiar qué riesgos se comentaron o por qué opción se inclina el paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="64"/>
        <source>Not saved: this is more than a record holds (at most 30 questions, treatments or next steps; 20,000 characters of notes for the patient).</source>
        <translation>No se ha guardado: es más de lo que cabe en un registro (como máximo 30 preguntas, tratamientos o próximos pasos; 20 000 caracteres de notas para el paciente).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="70"/>
        <source>Not saved: this record number already belongs to {0}. Check the number.</source>
        <translation>Sin guardar: este número de historia ya es de {0}. Revise el número.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="73"/>
        <source>Not saved: the patient records cannot be reached.</source>
        <translation>Sin guardar: no se puede acceder a los datos de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="78"/>
        <source>Saving is tried again every few seconds.</source>
        <translation>Se vuelve a intentar guardar cada pocos segundos.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="81"/>
        <source>Undo the change, or let a physician make it (Working as…), then try again.</source>
        <translation>Deshaga el cambio, o deje que lo haga un médico (Trabajando como…), y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="84"/>
        <source>Correct it, and the record is saved again.</source>
        <translation>Corríjalo y la ficha se guardará de nuevo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="87"/>
        <source>Your changes are kept in this window and in a recovery file. {0}</source>
        <translation>Sus cambios se conservan en esta ventana y en un archivo de recuperación. {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/banners.py" line="90"/>
        <source>Your changes are kept in this window only: do not close the program, or save them as a file on another disk. {0}</source>
        <translation>Sus cambios solo se conservan en esta ventana: no cierre el programa, o guárdelos como archivo en otro disco. {0}</translation>
    </message>
</context>
<context>
    <name>SignOffTab</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="36"/>
        <source>Physician&apos;s name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="37"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="38"/>
        <source>Day checked</source>
        <translation>Día de la revisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="39"/>
        <source>I have read and checked it: &amp;sign off</source>
        <translation>Lo he leído y revisado: dar el visto &amp;bueno</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="42"/>
        <source>Physician&apos;s na&amp;me</source>
        <translation>Nombre del &amp;médico</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="45"/>
        <source>Da&amp;y checked</source>
        <translation>&amp;Día de la revisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="61"/>
        <source>Signing off records that you, a physician on the staff list, have read and checked the patient content in use: {0}. The documents then name you, your role and the day.</source>
        <translation>Al dar el visto bueno, usted, como médico de la lista del personal, deja constancia de que ha leído y revisado el contenido para pacientes en uso: {0}. Los documentos dirán entonces su nombre, su puesto y el día.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="71"/>
        <source>Nobody has signed off the content yet: the documents say that no doctor at this clinic has checked it.</source>
        <translation>Nadie ha dado todavía el visto bueno al contenido: los documentos dicen que ningún médico de esta clínica lo ha revisado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="74"/>
        <source>Signed off by {0} ({1}) on {2}, for {3}.</source>
        <translation>Visto bueno de {0} ({1}) el {2}, para {3}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="81"/>
        <source>It covers the content in use.</source>
        <translation>Cubre el contenido en uso.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="86"/>
        <source>The content has changed since: the documents say it has not been checked until a physician signs it off again.</source>
        <translation>El contenido ha cambiado desde entonces: los documentos dicen que no está revisado hasta que un médico vuelva a dar el visto bueno.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="95"/>
        <source>content version {0} as shipped, with no revisions of the clinic&apos;s own</source>
        <translation>la versión {0} del contenido tal como viene con el programa, sin revisiones propias de la clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="99"/>
        <source>content version {0} with the clinic&apos;s approved revisions {1}</source>
        <translation>la versión {0} del contenido con las revisiones aprobadas de la clínica {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sign_off.py" line="108"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="40"/>
        <source>Type part of a citation</source>
        <translation>Escriba parte de una cita</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="41"/>
        <source>Find a source</source>
        <translation>Buscar una fuente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="44"/>
        <source>Sources list: tick the sources of the figure</source>
        <translation>Lista de fuentes: marque las fuentes de la cifra</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="55"/>
        <source>A&amp;dd this source</source>
        <translation>&amp;Añadir esta fuente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="61"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="62"/>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="63"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="64"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="65"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="70"/>
        <source>A source not on the list</source>
        <translation>Una fuente que no está en la lista</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="72"/>
        <source>Find a so&amp;urce</source>
        <translation>Buscar una f&amp;uente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="125"/>
        <source>Sources of the figure: {0}</source>
        <translation>Fuentes de la cifra: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="155"/>
        <source>Not added: {0}</source>
        <translation>No se añadió: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/content/sources.py" line="161"/>
        <source>Added {0}: saved with the figure.</source>
        <translation>Se añadió {0}: se guarda con la cifra.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="43"/>
        <source>nobody recorded</source>
        <translation>nadie anotado</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="48"/>
        <source>Physician</source>
        <translation>Médico/a</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="49"/>
        <source>Nurse</source>
        <translation>Enfermero/a</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="50"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="61"/>
        <location filename="../../neuromod_aid/ui/staff.py" line="73"/>
        <source>Staff list</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="65"/>
        <source>Everyone who works with the program. Each saved change records who made it. Nobody is deleted: retire someone who has left.</source>
        <translation>Todas las personas que usan el programa. Cada cambio guardado anota quién lo hizo. No se borra a nadie: dé de baja a quien se haya ido.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="74"/>
        <location filename="../../neuromod_aid/ui/staff.py" line="77"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="74"/>
        <location filename="../../neuromod_aid/ui/staff.py" line="79"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="74"/>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="83"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="83"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="90"/>
        <source>&amp;Add as a new person</source>
        <translation>&amp;Añadir como persona nueva</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="91"/>
        <source>&amp;Save the changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="92"/>
        <location filename="../../neuromod_aid/ui/staff.py" line="142"/>
        <source>Re&amp;tire</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="121"/>
        <source>retired</source>
        <translation>de baja</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="121"/>
        <source>active</source>
        <translation>en activo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="142"/>
        <source>Back to &amp;work</source>
        <translation>Volver a &amp;activo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="175"/>
        <source>This person has signed changes, so their name stays as it is. You can change their role, or retire them and add the new name.</source>
        <translation>Esta persona ha firmado cambios, así que su nombre se queda como está. Puede cambiar su función, o darla de baja y añadir el nombre nuevo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="179"/>
        <source>{0} is on the staff list already.</source>
        <translation>{0} ya está en la lista del personal.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="180"/>
        <source>A name is needed.</source>
        <translation>Hace falta un nombre.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="202"/>
        <location filename="../../neuromod_aid/ui/staff.py" line="209"/>
        <source>Who is working</source>
        <translation>Quién trabaja</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="203"/>
        <source>The staff list is empty: add the people who work here first.</source>
        <translation>La lista del personal está vacía: añada primero a las personas que trabajan aquí.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="210"/>
        <source>Who is using the program now?</source>
        <translation>¿Quién usa el programa ahora?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="221"/>
        <source>Working as: nobody chosen</source>
        <translation>Trabajando como: nadie elegido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/staff.py" line="222"/>
        <source>Working as: {0}</source>
        <translation>Trabajando como: {0}</translation>
    </message>
</context>
<context>
    <name>ClinicArea</name>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinic_area.py" line="28"/>
        <source>Set up your clinic&apos;s name, phone and opening hours: the take-home summary tells patients who to call.</source>
        <translation>Configure el nombre, el teléfono y el horario de su clínica: el resumen para llevar a casa dice al paciente a quién llamar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinic_area.py" line="33"/>
        <source>Set up clinic details…</source>
        <translation>Configurar los datos de la clínica…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinic_area.py" line="40"/>
        <source>Clinic de&amp;tails…</source>
        <translation>Da&amp;tos de la clínica…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinic_area.py" line="54"/>
        <source>Clinic: not set up yet.</source>
        <translation>Clínica: todavía sin configurar.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/widgets/clinic_area.py" line="57"/>
        <source>Clinic: {0}</source>
        <translation>Clínica: {0}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="73"/>
        <source>Neuromodulation consultation</source>
        <translation>Consulta de neuromodulación</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="93"/>
        <source>Start a consultation</source>
        <translation>Empezar una consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="96"/>
        <source>Patient: name or record number</source>
        <translation>Paciente: nombre o número de historia</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="97"/>
        <source>Type a name or record number…</source>
        <translation>Escriba un nombre o un número de historia…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="100"/>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="101"/>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="103"/>
        <source>&amp;Clinician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="107"/>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="108"/>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="110"/>
        <source>Op&amp;en the patient</source>
        <translation>A&amp;brir al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="112"/>
        <source>&amp;New patient…</source>
        <translation>Paciente &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="123"/>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="126"/>
        <source>Recent consultations</source>
        <translation>Consultas recientes</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="127"/>
        <source>&amp;Open the selected consultation</source>
        <translation>&amp;Abrir la consulta elegida</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="128"/>
        <source>Open the &amp;demo consultation</source>
        <translation>Abrir la consulta de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="193"/>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="319"/>
        <source>Opening the patient records…</source>
        <translation>Abriendo los datos de los pacientes…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="255"/>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="255"/>
        <source>complete</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="257"/>
        <source>demo, a fictional patient</source>
        <translation>demostración, un paciente ficticio</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="302"/>
        <source>born {0}</source>
        <translation>nacido/a el {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="322"/>
        <source>Enter opens {0}. For someone else, choose New patient.</source>
        <translation>Intro abre a {0}. Si es otra persona, elija Paciente nuevo.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="283"/>
        <source>Looking for {0}…</source>
        <translation>Buscando {0}…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="327"/>
        <source>Type the patient&apos;s name or record number.</source>
        <translation>Escriba el nombre o el número de historia del paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="329"/>
        <source>Type the clinician&apos;s name to add a patient.</source>
        <translation>Escriba el nombre del profesional para añadir un paciente.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="332"/>
        <source>No stored patient matches. New patient adds {0}.</source>
        <translation>Ningún paciente guardado coincide. Paciente nuevo añade a {0}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="362"/>
        <source>A new patient?</source>
        <translation>¿Un paciente nuevo?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="364"/>
        <source>Already stored: {0}.

Is {1} someone else? Yes adds a new, separate patient; No goes back to choose the stored one.</source>
        <translation>Ya guardado: {0}.

¿{1} es otra persona? Sí añade un paciente nuevo y aparte; No vuelve para elegir el ya guardado.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/start_screen.py" line="369"/>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/base.py" line="117"/>
        <source>Printed for the patient in {0}.</source>
        <translation>Se imprime para el paciente en {0}.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="71"/>
        <source>Document to preview</source>
        <translation>Documento a mostrar</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="73"/>
        <source>Patient summary</source>
        <translation>Resumen del paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="74"/>
        <source>Nurse sheet</source>
        <translation>Hoja de enfermería</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="75"/>
        <source>Trial diary</source>
        <translation>Diario de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="79"/>
        <source>Pages of the summary</source>
        <translation>Páginas del resumen</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="80"/>
        <source>Full summary</source>
        <translation>Resumen completo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="81"/>
        <source>Core pages only</source>
        <translation>Solo lo principal</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="82"/>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="83"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="84"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="85"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="86"/>
        <source>&amp;Finish consultation</source>
        <translation>&amp;Terminar la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="88"/>
        <source>Marks the consultation as complete and returns to the start screen.</source>
        <translation>Marca la consulta como terminada y vuelve al inicio.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="90"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="92"/>
        <source>Pa&amp;ges:</source>
        <translation>Pá&amp;ginas:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="184"/>
        <source>Preview of the document</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="296"/>
        <source>The preview could not be updated, so it shows the last pages made. Details are in the log.</source>
        <translation>No se pudo actualizar la vista previa, así que muestra las últimas páginas hechas. Los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="310"/>
        <source>Building the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="155"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="259"/>
        <source>This document needs a planned procedure.</source>
        <translation>Este documento necesita una intervención prevista.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="293"/>
        <source>The document could not be made; details are in the log.</source>
        <translation>No se ha podido crear el documento; los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="312"/>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="243"/>
        <source>Clinic details</source>
        <translation>Datos de la clínica</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/clinic.py" line="244"/>
        <source>This document does not say which clinic to call, or its phone number. Set the clinic details now?</source>
        <translation>Este documento no dice a qué clínica llamar ni su teléfono. ¿Configurar ahora los datos de la clínica?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="346"/>
        <source>Export the document</source>
        <translation>Exportar el documento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="346"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="363"/>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="369"/>
        <source>Not exported</source>
        <translation>No se ha exportado</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="364"/>
        <source>The file could not be written: {0}</source>
        <translation>No se ha podido escribir el archivo: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="371"/>
        <source>The document was not exported: the patient records cannot be written now, and every document handed out must be on record. Try again in a moment.</source>
        <translation>El documento no se exportó: ahora no se puede escribir en los datos de los pacientes, y cada documento entregado debe quedar registrado. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/summary.py" line="377"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="24"/>
        <source>The pathway</source>
        <translation>El recorrido</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="28"/>
        <source>The patient&apos;s pathway, in date order</source>
        <translation>El recorrido del paciente, por fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="29"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="29"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="29"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="30"/>
        <source>Pain (0 to 10)</source>
        <translation>Dolor (de 0 a 10)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="46"/>
        <source>no date yet</source>
        <translation>sin fecha aún</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="50"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="53"/>
        <source>Procedure: {0}</source>
        <translation>Intervención: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="56"/>
        <source>Call: {0}</source>
        <translation>Llamada: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="59"/>
        <source>Decision withdrawn: {0}</source>
        <translation>Decisión retirada: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="62"/>
        <source>Trial result: {0}</source>
        <translation>Resultado de la prueba: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="64"/>
        <source>(withdrawn)</source>
        <translation>(retirada)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="71"/>
        <source>Follow-up visit</source>
        <translation>Visita de seguimiento</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/timeline.py" line="72"/>
        <source>pain {0}; {1}</source>
        <translation>dolor {0}; {1}</translation>
    </message>
</context>
<context>
    <name>TrialReview</name>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="53"/>
        <source>Implant: put in the full device</source>
        <translation>Implante: poner el aparato completo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="54"/>
        <source>No implant: the pathway ends</source>
        <translation>Sin implante: el recorrido termina</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="55"/>
        <source>A longer trial</source>
        <translation>Una prueba más larga</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="62"/>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="63"/>
        <source>OK</source>
        <translation>regular</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="64"/>
        <source>badly</source>
        <translation>mal</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="70"/>
        <source>Before {0}</source>
        <translation>Antes {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="72"/>
        <source>Trial {0}</source>
        <translation>Prueba {0}</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Trial diary, day by day</source>
        <translation>Diario de la prueba, día a día</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Relief (%)</source>
        <translation>Alivio (%)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>What the patient did</source>
        <translation>Qué hizo el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Sleep (well, OK, badly)</source>
        <translation>Sueño (bien, regular, mal)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>{0}: the pain is a whole number from 0 to 10.</source>
        <translation>{0}: el dolor es un número entero de 0 a 10.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>{0}: the relief is a percent from 0 to 100.</source>
        <translation>{0}: el alivio es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/diary_table.py" line="1"/>
        <source>{0}: sleep is well, OK or badly.</source>
        <translation>{0}: el sueño es bien, regular o mal.</translation>
    </message>
</context>
<context>
    <name>TrialReviewScreen</name>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="105"/>
        <source>Add a trial &amp;day</source>
        <translation>Añadir un &amp;día de prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="106"/>
        <source>&amp;Save the diary</source>
        <translation>&amp;Guardar el diario</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="112"/>
        <source>Pain (0 to 10, left)</source>
        <translation>Dolor (de 0 a 10, a la izquierda)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="113"/>
        <source>Relief written (percent, right)</source>
        <translation>Alivio anotado (porcentaje, a la derecha)</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="114"/>
        <source>Usual pain before the trial</source>
        <translation>Dolor habitual antes de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="115"/>
        <source>Success: pain at or under this level</source>
        <translation>Éxito: dolor en este nivel o por debajo</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="122"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="129"/>
        <source>D&amp;ecision:</source>
        <translation>D&amp;ecisión:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="130"/>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="136"/>
        <source>Record the decisi&amp;on</source>
        <translation>Anotar la decisi&amp;ón</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="138"/>
        <source>&amp;Withdraw the decision…</source>
        <translation>&amp;Retirar la decisión…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="148"/>
        <source>Open the planned &amp;implant</source>
        <translation>Abrir el &amp;implante previsto</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="149"/>
        <source>Save the &amp;trial result (PDF)…</source>
        <translation>Guardar el resul&amp;tado de la prueba (PDF)…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="150"/>
        <source>Back to the procedure</source>
        <translation>Volver a la intervención</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="185"/>
        <source>Trial review: {0}, {1}</source>
        <translation>Revisión de la prueba: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="194"/>
        <source>What matters most to the patient: {0}</source>
        <translation>Lo que más importa al paciente: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="196"/>
        <source>The patient rated nothing as mattering a lot.</source>
        <translation>El paciente no marcó nada como muy importante.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="201"/>
        <source>Not decided yet.</source>
        <translation>Aún sin decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="205"/>
        <source>Decided: {0}, by {1} on {2}. Why: {3}</source>
        <translation>Decidido: {0}, por {1} el {2}. Motivos: {3}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="218"/>
        <source>Enter the pain scores of the days before the trial and of the trial.</source>
        <translation>Anote el dolor de los días antes de la prueba y de los días de la prueba.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="220"/>
        <source>Usual pain before the trial {0:.1f}, during it {1:.1f}: {2:.0f}% of the pain gone.</source>
        <translation>Dolor habitual antes de la prueba {0:.1f}, durante ella {1:.1f}: se fue un {2:.0f} % del dolor.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="223"/>
        <source>Relief written: {0:.0f}% on average.</source>
        <translation>Alivio anotado: {0:.0f} % de media.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="226"/>
        <source>The success criterion ({0}% of the pain gone) is met.</source>
        <translation>Se cumple el criterio de éxito (que se vaya un {0} % del dolor).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="228"/>
        <source>The success criterion ({0}% of the pain gone) is not met.</source>
        <translation>No se cumple el criterio de éxito (que se vaya un {0} % del dolor).</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="330"/>
        <source>Write the reasons for the decision first.</source>
        <translation>Escriba antes los motivos de la decisión.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="339"/>
        <source>Not recorded: only a physician records the decision.</source>
        <translation>No se ha registrado: solo un médico/a registra la decisión.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="351"/>
        <source>The decision &quot;{0}&quot; was withdrawn by {1} on {2}: {3}</source>
        <translation>{1} retiró la decisión «{0}» el {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="364"/>
        <source>Write in Reasons why the decision is withdrawn first.</source>
        <translation>Escriba primero en Motivos por qué retira la decisión.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="368"/>
        <source>Withdraw the decision &quot;{0}&quot;? It stays in the history, and the trial is not decided any more.</source>
        <translation>¿Retirar la decisión «{0}»? Queda en el historial, y la prueba vuelve a estar sin decidir.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="373"/>
        <source>The implant planned from it is archived: it leaves the procedures list, and comes back if an implant is decided again.</source>
        <translation>El implante previsto a partir de ella se archiva: sale de la lista de intervenciones y vuelve si se decide de nuevo un implante.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="376"/>
        <source>Withdraw the decision</source>
        <translation>Retirar la decisión</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="382"/>
        <source>Not withdrawn: only a physician withdraws the decision.</source>
        <translation>No se ha retirado: solo un médico/a retira la decisión.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="410"/>
        <source>Save the trial result</source>
        <translation>Guardar el resultado de la prueba</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/trial_review.py" line="410"/>
        <source>Trial result</source>
        <translation>Resultado de la prueba</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="40"/>
        <source>What &amp;matters to the patient</source>
        <translation>Lo que le &amp;importa al paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="48"/>
        <source>Go through these with the patient: how much does each one matter to them? Then ask which option they are leaning towards. The summary prints the answers.</source>
        <translation>Repase estos puntos con el paciente: ¿cuánto le importa cada uno? Después pregúntele por qué opción se inclina. El resumen imprime las respuestas.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="72"/>
        <source>&amp;Leaning towards</source>
        <translation>Se inclina &amp;por</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="75"/>
        <source>Option the patient is leaning towards</source>
        <translation>Opción por la que se inclina el paciente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="99"/>
        <source>How much it matters: {0}</source>
        <translation>Cuánto le importa: {0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="100"/>
        <location filename="../../neuromod_aid/ui/steps/values.py" line="105"/>
        <source>(not asked yet)</source>
        <translation>(todavía sin preguntar)</translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="38"/>
        <source>All documents of this &amp;visit…</source>
        <translation>Todos los documentos de esta &amp;visita…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="40"/>
        <source>The summary, and the nurse sheet and diary of a planned procedure, at once.</source>
        <translation>El resumen y, si hay un procedimiento previsto, la hoja de enfermería y el diario, todo a la vez.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="75"/>
        <source>All documents of this visit</source>
        <translation>Todos los documentos de esta visita</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="76"/>
        <source>{0} documents: {1}. Export them to a folder, or print them all?</source>
        <translation>{0} documentos: {1}. ¿Los exporta a una carpeta o los imprime todos?</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="79"/>
        <source>Export to a folder…</source>
        <translation>Exportar a una carpeta…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="79"/>
        <source>Print them all…</source>
        <translation>Imprimirlos todos…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="83"/>
        <source>Export the visit&apos;s documents to</source>
        <translation>Exportar los documentos de la visita a</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="107"/>
        <source>Making document {0} of {1}…</source>
        <translation>Preparando el documento {0} de {1}…</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="158"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="161"/>
        <source>All {0} documents exported to {1}.</source>
        <translation>Los {0} documentos se han exportado a {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="163"/>
        <source>All {0} documents sent to the printer.</source>
        <translation>Los {0} documentos se han enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="169"/>
        <source>{0} could not be made or written, so the rest were not either. Done: {1}.</source>
        <translation>No se pudo preparar o guardar «{0}», así que tampoco los siguientes. Hechos: {1}.</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/steps/visit.py" line="172"/>
        <source>Not all documents were made</source>
        <translation>No se hicieron todos los documentos</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="61"/>
        <source>Steps of the consultation</source>
        <translation>Pasos de la consulta</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="67"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="68"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="69"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="70"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="113"/>
        <source>Alt+{0}</source>
        <translation>Alt+{0}</translation>
    </message>
    <message>
        <location filename="../../neuromod_aid/ui/walkthrough.py" line="193"/>
        <source>Finished on {0}. This record is read-only: it is kept as it was when it was finished. To change it, amend it.</source>
        <translation>Terminada el {0}. Esta ficha es solo para leer: se conserva tal como estaba al terminarla. Para cambiarla, modifíquela.</translation>
    </message>
</context>
</TS>
