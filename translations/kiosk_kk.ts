<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="50" />
      <source>Enrolment in preschool organisations</source>
      <translation>Мектепке дейінгі ұйымдарға кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="52" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Баланы кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="53" />
      <source>Applications journal</source>
      <translation>Өтініштер журналы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="54" />
      <source>Find a queue number</source>
      <translation>Кезек нөмірін іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="55" />
      <source>View statistics</source>
      <translation>Статистиканы қарау</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="31" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: балабақшаға кезек</translation>
    </message>
  </context>
</TS>
