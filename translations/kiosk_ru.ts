<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="50" />
      <source>Enrolment in preschool organisations</source>
      <translation>Постановка на очередь в детские дошкольные организации</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="52" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Постановка ребенка в очередь в ДДО</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="53" />
      <source>Applications journal</source>
      <translation>Журнал заявлений</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="54" />
      <source>Find a queue number</source>
      <translation>Поиск номера очереди</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="55" />
      <source>View statistics</source>
      <translation>Просмотр статистики</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="31" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: очередь в детский сад</translation>
    </message>
  </context>
</TS>
