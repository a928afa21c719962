<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>ActionBar</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="328" />
      <source>Choose a sanatorium kindergarten</source>
      <translation>Санаторлық балабақшаны таңдау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="329" />
      <source>Choose a state kindergarten</source>
      <translation>Мемлекеттік балабақшаны таңдау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="330" />
      <source>Confirm interest</source>
      <translation>Мүдделілікті растау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="331" />
      <source>Change the benefit</source>
      <translation>Жеңілдікті өзгерту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="332" />
      <source>Withdraw from the queue</source>
      <translation>Кезектен алу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="334" />
      <source>Extend the referral</source>
      <translation>Жолдаманы ұзарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="335" />
      <source>Revoke the referral</source>
      <translation>Жолдаманы кері қайтару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="338" />
      <source>Why?</source>
      <translation>Неге?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="339" />
      <location filename="../kiosk/ui/journal/detail.py" line="340" />
      <source>Why is this not available?</source>
      <translation>Неге қолжетімсіз?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="341" />
      <source>This application is closed: no actions are available.</source>
      <translation>Бұл өтініш жабық: ол бойынша әрекеттер қолжетімсіз.</translation>
    </message>
  </context>
  <context>
    <name>ActionPage</name>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="154" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="162" />
      <source>Done: the application has been updated.</source>
      <translation>Дайын: өтініш жаңартылды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="186" />
      <source>Waiting for the signature…</source>
      <translation>Қолтаңба күтілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="196" />
      <source>Sending to the central database…</source>
      <translation>Орталық дерекқорға жіберілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="218" />
      <source>The request was not signed, so nothing was sent.</source>
      <translation>Сұрауға қол қойылмады, сондықтан ештеңе жіберілген жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="275" />
      <source>Child's full name</source>
      <translation>Баланың аты-жөні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="276" />
      <source>Child's IIN</source>
      <translation>Баланың ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="277" />
      <source>Application number</source>
      <translation>Өтініш нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/base.py" line="278" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
  </context>
  <context>
    <name>ApplicantPage</name>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="106" />
      <source>Applicant information</source>
      <translation>Өтініш беруші туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="108" />
      <source>Filled in from the state database «Individuals»; it cannot be changed here.</source>
      <translation>«Жеке тұлғалар» мемлекеттік дерекқорынан толтырылды; мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="110" />
      <source>Applicant's IIN</source>
      <translation>Өтініш берушінің ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="111" />
      <source>Applicant's date of birth</source>
      <translation>Өтініш берушінің туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="112" />
      <source>Applicant's surname</source>
      <translation>Өтініш берушінің тегі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="113" />
      <source>Applicant's name</source>
      <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="114" />
      <source>Applicant's patronymic</source>
      <translation>Өтініш берушінің әкесінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="116" />
      <source>Address of residence</source>
      <translation>Тұрғылықты мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>City</source>
      <translation>Қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>District</source>
      <translation>Аудан</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="118" />
      <source>Street</source>
      <translation>Көше</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>House</source>
      <translation>Үй</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="119" />
      <source>Flat</source>
      <translation>Пәтер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="121" />
      <source>Contact details</source>
      <translation>Байланыс деректері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="123" />
      <source>E-mail address</source>
      <translation>Электрондық пошта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="124" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="125" />
      <source>Additional e-mail address</source>
      <translation>Қосымша электрондық пошта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="126" />
      <source>Additional phone</source>
      <translation>Қосымша телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="130" />
      <source>* required fields</source>
      <translation>* — міндетті өрістер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="131" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="132" />
      <source>Give your current contact details (mobile phone number, e-mail). Notifications will be sent to this e-mail address and phone number.</source>
      <translation>Өтінішті берген кезде өзекті байланыс деректерін (ұялы телефон нөмірі, электрондық пошта) көрсету қажет. Көрсетілген электрондық пошта мен телефон нөміріне хабарлама жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="134" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/applicant.py" line="135" />
      <source>Next</source>
      <translation>Ары қарай</translation>
    </message>
  </context>
  <context>
    <name>ApplicationView</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="424" />
      <source>Application information</source>
      <translation>Өтініш туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="425" />
      <source>Change history</source>
      <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="426" />
      <source>General documents</source>
      <translation>Жалпы құжаттар</translation>
    </message>
  </context>
  <context>
    <name>Catalogue</name>
    <message>
      <location filename="../kiosk/ui/demo.py" line="50" />
      <source>Children of servicemen, including those who died or went missing on duty</source>
      <translation>Әскери қызметшілердің, оның ішінде қызметтік міндеттерін атқару кезінде қаза тапқан, хабар-ошарсыз кеткендердің балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="52" />
      <source>Children of staff of special state bodies, including those who died on duty</source>
      <translation>Арнаулы мемлекеттік органдар қызметкерлерінің, оның ішінде қызметтік міндеттерін атқару кезінде қаза тапқандардың балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="54" />
      <source>Orphans and children left without parental care</source>
      <translation>Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="56" />
      <source>Children with disabilities</source>
      <translation>Мүгедектігі бар балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="57" />
      <source>Children of parents with disabilities</source>
      <translation>Ата-анасы мүгедектігі бар адамдар болып табылатын балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="59" />
      <source>Children of large families</source>
      <translation>Көп балалы отбасылардың балалары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="60" />
      <source>Children with special educational needs</source>
      <translation>Ерекше білім берілуіне қажеттілігі бар балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="64" />
      <source>Early and latent forms of tuberculosis infection</source>
      <translation>Туберкулез инфекциясының ерте және жасырын түрлері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="66" />
      <source>Frequently ill children</source>
      <translation>Жиі ауыратын балалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="67" />
      <source>Diseases of the respiratory organs</source>
      <translation>Тыныс алу ағзаларының аурулары</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/demo.py" line="68" />
      <source>Disorders of the musculoskeletal system</source>
      <translation>Тірек-қимыл аппаратының бұзылыстары</translation>
    </message>
  </context>
  <context>
    <name>CentralErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="238" />
      <source>There is no connection to the central database. Please try again in a few minutes.</source>
      <translation>Орталық дерекқормен байланыс жоқ. Бірнеше минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="241" />
      <source>The central database is not answering right now. Please try again in a few minutes.</source>
      <translation>Орталық дерекқор қазір жауап бермейді. Бірнеше минуттан кейін қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="244" />
      <source>Your session has ended. Please log in again.</source>
      <translation>Сеансыңыз аяқталды. Жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="245" />
      <source>The login took too long. Please try again.</source>
      <translation>Кіру тым ұзаққа созылды. Қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="246" />
      <source>This IIN is not in the state register of persons.</source>
      <translation>Бұл ЖСН «Жеке тұлғалар» мемлекеттік дерекқорында жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="248" />
      <source>No mobile phone number is registered for this IIN. Log in with your EDS.</source>
      <translation>Бұл ЖСН-ға ұялы телефон нөмірі тіркелмеген. ЭЦҚ арқылы кіріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="251" />
      <source>A code was sent a moment ago. You can ask for a new one in {s} seconds.</source>
      <translation>Код жаңа ғана жіберілді. Жаңа кодты {s} секундтан кейін сұрауға болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="254" />
      <source>Wrong code: {n} tries left.</source>
      <translation>Код қате: {n} әрекет қалды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="255" />
      <source>The code has expired: ask for a new one.</source>
      <translation>Кодтың мерзімі өтті: жаңа код сұраңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="256" />
      <source>Too many wrong codes. Ask for a new code.</source>
      <translation>Қате кодтар тым көп. Жаңа код сұраңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="257" />
      <source>The signature was not accepted. Please sign again.</source>
      <translation>Қолтаңба қабылданбады. Қайта қол қойыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="259" />
      <source>The application must be signed with the EDS of the applicant who logged in.</source>
      <translation>Өтінішке жүйеге кірген өтініш берушінің ЭЦҚ-сымен қол қойылуы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="262" />
      <source>The register does not list you as this child's parent.</source>
      <translation>ЖТ МДБ деректері бойынша сіз бұл баланың ата-анасы емессіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="264" />
      <source>The child's IIN is not in the state register of persons.</source>
      <translation>Баланың ЖСН «Жеке тұлғалар» мемлекеттік дерекқорында жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="266" />
      <source>The chosen district is not served by this queue.</source>
      <translation>Таңдалған аудан бұл кезекке кірмейді.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="268" />
      <source>The chosen benefit category is not known to the central database.</source>
      <translation>Таңдалған жеңілдік санаты орталық дерекқорға белгісіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="270" />
      <source>Choose the profile of the sanatorium kindergarten.</source>
      <translation>Санаторлық балабақшаның бейінін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="272" />
      <source>The central database could not read the application. Please check it and send it again.</source>
      <translation>Орталық дерекқор өтінішті оқи алмады. Деректерді тексеріп, қайта жіберіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="275" />
      <source>The kiosk's clock is wrong, so the signature was refused. Please tell the service centre staff.</source>
      <translation>Киоскінің сағаты дұрыс емес, сондықтан қолтаңба қабылданбады. ХҚКО қызметкеріне хабарлаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="278" />
      <source>This kiosk is not allowed to send applications. Please tell the service centre staff.</source>
      <translation>Бұл киоскіге өтініш жіберуге рұқсат жоқ. ХҚКО қызметкеріне хабарлаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="281" />
      <source>You cannot see or change this application.</source>
      <translation>Сіз бұл өтінішті көре немесе өзгерте алмайсыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="283" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>Кезекке тек 7 жасқа дейінгі балалар қойылады: балаға 7 жас толған.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="285" />
      <source>This child already has an application in this queue: a second one is not accepted. You can see it in the applications journal.</source>
      <translation>Бұл балаға осы кезекте өтініш бұрыннан бар: екінші өтініш қабылданбайды. Оны өтініштер журналынан көруге болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="288" />
      <source>The child's IIN is not valid.</source>
      <translation>Баланың ЖСН жарамсыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="289" />
      <source>The child's date of birth is not valid.</source>
      <translation>Баланың туған күні жарамсыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="291" />
      <source>The central database refused the request (code: {code}).</source>
      <translation>Орталық дерекқор сұранысты қабылдамады (код: {code}).</translation>
    </message>
  </context>
  <context>
    <name>ChangeBenefitPage</name>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="71" />
      <source>Choose the benefit category.</source>
      <translation>Жеңілдік санатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="73" />
      <source>Attach the documents confirming the benefit.</source>
      <translation>Жеңілдікті растайтын құжаттарды қоса тіркеңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="75" />
      <source>The application already has this benefit: choose another one.</source>
      <translation>Өтініште бұл жеңілдік бұрыннан бар: басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="80" />
      <source>Change the benefit</source>
      <translation>Жеңілдікті өзгерту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="84" />
      <source>Current benefit</source>
      <translation>Қазіргі жеңілдік</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="87" />
      <source>Benefit information</source>
      <translation>Жеңілдік туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="88" />
      <source>Beneficiary</source>
      <translation>Жеңілдік берілген тұлға</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="89" />
      <source>Benefit category</source>
      <translation>Жеңілдік санаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="90" />
      <source>Choose from the list</source>
      <translation>Тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="91" />
      <source>Documents confirming the benefit</source>
      <translation>Жеңілдікті растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="92" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="93" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Барлық құжаттардың сапалы көшірмелерін ғана жүктеу қажет. Дұрыс емес (оқылмайтын) құжаттар жүктелген жағдайда, Сіздің мектепке дейінгі ұйымға қабылдау туралы өтінішіңіз мақұлданбайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="96" />
      <source>Sign and send</source>
      <translation>Қол қою және жіберу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/benefit.py" line="99" />
      <source>The benefit has been changed.</source>
      <translation>Жеңілдік өзгертілді.</translation>
    </message>
  </context>
  <context>
    <name>ChildPage</name>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="178" />
      <source>Data on minor children</source>
      <translation>Кәмелетке толмаған балалар туралы деректер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="179" />
      <source>Child's IIN</source>
      <translation>Баланың ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="181" />
      <source>Enter the child's 12-digit IIN: the name and date of birth are filled in from the register.</source>
      <translation>Баланың 12 таңбалы ЖСН-ын енгізіңіз: аты мен туған күні ЖТ МДБ-дан толтырылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Child's name</source>
      <translation>Баланың аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="184" />
      <source>Child's surname</source>
      <translation>Баланың тегі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="185" />
      <source>Child's patronymic</source>
      <translation>Баланың әкесінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="186" />
      <source>Child's date of birth</source>
      <translation>Баланың туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="188" />
      <source>Queue</source>
      <translation>Кезек</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="189" />
      <source>Kindergarten (general queue)</source>
      <translation>Балабақша (жалпы кезек)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="190" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторлық балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="191" />
      <source>Profile of the sanatorium kindergarten</source>
      <translation>Санаторлық балабақшаның бейіні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="192" />
      <source>District or city</source>
      <translation>Аудан немесе қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="194" />
      <source>Astana, Almaty and Aktobe have their own portals and are not in this list.</source>
      <translation>Астана, Алматы және Ақтөбе қалаларының өз порталдары бар, олар тізімде жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="195" />
      <source>Choose from the list</source>
      <translation>Тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="198" />
      <source>Beneficiary</source>
      <translation>Жеңілдік берілген тұлға</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="199" />
      <source>Benefit information</source>
      <translation>Жеңілдік туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="200" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="201" />
      <source>Attach only good-quality copies of all documents. If incorrect (unreadable) documents are attached, the child will be refused admission to the preschool organisation.</source>
      <translation>Барлық құжаттардың сапалы көшірмелерін ғана жүктеу қажет. Дұрыс емес (оқылмайтын) құжаттар жүктелген жағдайда, Сіздің мектепке дейінгі ұйымға қабылдау туралы өтінішіңіз мақұлданбайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="204" />
      <source>Benefit category</source>
      <translation>Жеңілдік санаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="205" />
      <source>Documents confirming the benefit</source>
      <translation>Жеңілдікті растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="206" />
      <source>Add a scan</source>
      <translation>Скан-көшірме қосу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="207" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG немесе PNG, әрқайсысы {mb} МБ-тан аспауы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="209" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="210" />
      <source>Send</source>
      <translation>Жіберу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/child.py" line="241" />
      <source>Waiting for the signature…</source>
      <translation>Қолтаңба күтілуде…</translation>
    </message>
  </context>
  <context>
    <name>ChooseKindergartenPage</name>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="111" />
      <location filename="../kiosk/ui/actions/choose.py" line="209" />
      <source>Loading the list of free places…</source>
      <translation>Бос орындар тізімі жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="124" />
      <location filename="../kiosk/ui/actions/choose.py" line="211" />
      <source>There are no free places for the child now.</source>
      <translation>Қазір бала үшін бос орын жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="135" />
      <source>Try again</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="164" />
      <source>Choose a kindergarten in the list.</source>
      <translation>Тізімнен балабақшаны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="183" />
      <source>Choose a sanatorium kindergarten</source>
      <translation>Санаторлық балабақшаны таңдау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="185" />
      <source>Choice of a state preschool organisation</source>
      <translation>Мемлекеттік мектепке дейінгі ұйымды таңдау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="186" />
      <source>List of available preschool organisations</source>
      <translation>Қолжетімді мектепке дейінгі ұйымдар тізімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="187" />
      <source>Search</source>
      <translation>Іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="187" />
      <source>(All)</source>
      <translation>(Барлығы)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="190" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="191" />
      <source>Please mind the language of instruction and the location of the preschool organisation you choose.</source>
      <translation>Оқыту тіліне және таңдалған мектепке дейінгі ұйымның орналасқан жеріне назар аударуды сұраймыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="193" />
      <source>Your choice</source>
      <translation>Сіздің таңдауыңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="194" />
      <source>Kindergarten name</source>
      <translation>Балабақшаның атауы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="195" />
      <source>Location</source>
      <translation>Орналасқан жері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="196" />
      <source>Language of instruction</source>
      <translation>Оқыту тілі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="197" />
      <source>Contact phone number</source>
      <translation>Байланыс телефоны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="199" />
      <source>Documents confirming the benefit</source>
      <translation>Жеңілдікті растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="201" />
      <source>The referral is given by benefit category: attach the documents confirming the benefit, issued no earlier than {days} calendar days ago.</source>
      <translation>Жолдама жеңілдік санаты бойынша беріледі: {days} күнтізбелік күннен ерте берілмеген, жеңілдікті растайтын құжаттарды қоса тіркеңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="204" />
      <source>Date of issue of the documents</source>
      <translation>Құжаттардың берілген күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="207" />
      <source>Sign and send</source>
      <translation>Қол қою және жіберу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="226" />
      <source>The referral has been issued: it is in «General documents».</source>
      <translation>Жолдама берілді: ол «Жалпы құжаттар» қойындысында.</translation>
    </message>
  </context>
  <context>
    <name>ClerkRelease</name>
    <message>
      <location filename="../kiosk/ui/release.py" line="28" />
      <source>Leaving kiosk mode: a service-centre employee signs in with their organisation's authentication key (AUTH).</source>
      <translation>Киоск режимінен шығу: ХҚКО қызметкері ұйымның аутентификация кілтімен (AUTH) кіреді.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="32" />
      <source>This is a personal key. Use the key of a service-centre employee (an organisation's key).</source>
      <translation>Бұл жеке кілт. ХҚКО қызметкерінің кілтін (ұйым кілтін) пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="35" />
      <source>This key belongs to an employee of another organisation: it cannot take the kiosk out of kiosk mode.</source>
      <translation>Бұл кілт басқа ұйымның қызметкеріне тиесілі: онымен киоск режимінен шығуға болмайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="38" />
      <source>This employee is not on the list of clerks of this kiosk.</source>
      <translation>Бұл қызметкер осы киоскінің операторлар тізімінде жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/release.py" line="40" />
      <source>The signature does not belong to this request. Please try again.</source>
      <translation>Қолтаңба осы сұрауға жатпайды. Қайталап көріңіз.</translation>
    </message>
  </context>
  <context>
    <name>ConfirmCancel</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="85" />
      <source>Cancel the application?</source>
      <translation>Өтінім беруден бас тартасыз ба?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="86" />
      <source>Everything you entered will be erased.</source>
      <translation>Енгізілген барлық деректер жойылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="87" />
      <source>Yes, cancel</source>
      <translation>Иә, бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="88" />
      <source>No, continue</source>
      <translation>Жоқ, жалғастыру</translation>
    </message>
  </context>
  <context>
    <name>ConfirmInterestPage</name>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="39" />
      <source>Confirmation of interest in a place in a preschool organisation</source>
      <translation>Мектепке дейінгі ұйымнан орын алуға мүдделілікті растау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="40" />
      <source>Confirm your action</source>
      <translation>Әрекетіңізді растаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="43" />
      <source>Interest in a place must be confirmed every 12 months from the registration, else the child is removed from the queue.</source>
      <translation>Кезекке қойылған сәттен бастап әрбір 12 айда орын алуға мүдделілікті растау қажет, әйтпесе бала кезектен алынады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="46" />
      <source>Confirm by {date}.</source>
      <translation>{date} дейін растаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="48" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="49" />
      <source>Confirm</source>
      <translation>Растау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/confirm.py" line="52" />
      <source>Interest confirmed: the child stays in the queue.</source>
      <translation>Мүдделілік расталды: бала кезекте қалады.</translation>
    </message>
  </context>
  <context>
    <name>DescriptionPage</name>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="77" />
      <source>Service description</source>
      <translation>Қызметтің сипаттамасы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="79" />
      <source>Registering preschool children (under 7) in the queue for a referral to preschool organisations</source>
      <translation>Мектепке дейінгі жастағы (7 жасқа дейінгі) балаларды мектепке дейінгі ұйымдарға жіберу үшін кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="82" />
      <source>Which state body provides the service</source>
      <translation>Қызметті қандай мемлекеттік орган көрсетеді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="83" />
      <source>Form of the service</source>
      <translation>Қызмет көрсету нысаны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="84" />
      <source>Documents needed</source>
      <translation>Қажетті құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="85" />
      <source>Time to provide the service</source>
      <translation>Қызмет көрсету мерзімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="86" />
      <source>Cost of the service and payment</source>
      <translation>Қызмет құны және төлеу тәртібі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="87" />
      <source>Result of the service</source>
      <translation>Қызмет көрсету нәтижесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="88" />
      <source>When the service may be refused</source>
      <translation>Қызмет көрсетуден қандай жағдайларда бас тартылуы мүмкін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="92" />
      <source>The local executive body</source>
      <translation>Жергілікті атқарушы орган</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="93" />
      <source>Automatic</source>
      <translation>Автоматтандырылған</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="95" />
      <source>The applicant's electronic digital signature (EDS)</source>
      <translation>Өтініш берушінің электрондық цифрлық қолтаңбасы (ЭЦҚ)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="96" />
      <source>If a benefit is claimed: documents confirming the benefit category</source>
      <translation>Жеңілдік көрсетілген жағдайда: жеңілдік санатын растайтын құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="98" />
      <source>5 minutes</source>
      <translation>5 минут</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="99" />
      <source>Free of charge</source>
      <translation>Тегін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="101" />
      <source>A notice of registration in the queue for a referral to a preschool organisation</source>
      <translation>Мектепке дейінгі ұйымға жолдама алу үшін кезекке қойылғаны туралы хабарлама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="103" />
      <source>The child is 7 years old or older</source>
      <translation>Баланың жасы 7-де немесе одан үлкен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="104" />
      <source>The child is already in this queue (an application was filed before)</source>
      <translation>Бала осы кезекте тұр (өтініш бұрын берілген)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="105" />
      <source>The documents or data given are found to be untrue</source>
      <translation>Ұсынылған құжаттардың немесе мәліметтердің дұрыс еместігі анықталды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="111" />
      <source>I confirm that I have read the instruction</source>
      <translation>Нұсқаулықпен танысқанымды растаймын</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/description.py" line="112" />
      <source>Submit an application</source>
      <translation>Өтінімді беру</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="438" />
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="439" />
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
  </context>
  <context>
    <name>DocumentsTab</name>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="224" />
      <source>Preparing the document…</source>
      <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="236" />
      <source>The document could not be prepared.</source>
      <translation>Құжатты дайындау мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="257" />
      <source>Choose the folder to save the document in</source>
      <translation>Құжатты сақтайтын қалтаны таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="264" />
      <source>The document could not be saved into {folder}.</source>
      <translation>Құжатты {folder} қалтасына сақтау мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="267" />
      <source>Saved: {path}</source>
      <translation>Сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="305" />
      <source>Attachments to the application</source>
      <translation>Өтінішке қосымшалар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="306" />
      <source>General documents</source>
      <translation>Жалпы құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="307" />
      <source>The application has no documents yet.</source>
      <translation>Өтініште әлі құжаттар жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="308" />
      <source>Download</source>
      <translation>Жүктеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="308" />
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="309" />
      <source>Print preview</source>
      <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="323" />
      <source>No printer is connected. The document stays available: download it or print it later.</source>
      <translation>Принтер қосылмаған. Құжат қолжетімді болып қалады: оны жүктеп алыңыз немесе кейінірек басып шығарыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="327" />
      <source>This document cannot be printed here. Download it instead.</source>
      <translation>Бұл құжатты мұнда басып шығару мүмкін емес. Оны жүктеп алыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="329" />
      <source>The printer did not print the document. Check the printer and try again; the document stays available.</source>
      <translation>Принтер құжатты басып шығармады. Принтерді тексеріп, қайталап көріңіз; құжат қолжетімді болып қалады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/documents.py" line="345" />
      <source>The document was sent to the printer.</source>
      <translation>Құжат принтерге жіберілді.</translation>
    </message>
  </context>
  <context>
    <name>ExtendReferralPage</name>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="116" />
      <source>Extend the referral</source>
      <translation>Жолдаманы ұзарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="117" />
      <source>Referral information</source>
      <translation>Жолдама туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="119" />
      <source>Child's full name</source>
      <translation>Баланың аты-жөні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="119" />
      <source>Referral status</source>
      <translation>Жолдаманың мәртебесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="120" />
      <source>Kindergarten name</source>
      <translation>Балабақшаның атауы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="121" />
      <source>Kindergarten address</source>
      <translation>Балабақшаның мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="121" />
      <source>Referral date</source>
      <translation>Жолдама берілген күн</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="122" />
      <source>Referral expiry date</source>
      <translation>Жолдаманың қолданылу мерзімі аяқталатын күн</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="133" />
      <source>Extension</source>
      <translation>Ұзарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="134" />
      <source>Extension date</source>
      <translation>Ұзарту күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="135" />
      <source>Once only, at most {days} calendar days: no later than {date}.</source>
      <translation>Бір рет қана, {days} күнтізбелік күннен аспайды: {date} кешіктірмей.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="139" />
      <source>Reason for the extension</source>
      <translation>Ұзарту себебі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="140" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="141" />
      <source>A referral can be extended only once, by at most {days} calendar days.</source>
      <translation>Жолдаманы ұзарту мүмкіндігі бір рет қана, {days} күнтізбелік күнге дейін қарастырылған.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="143" />
      <source>Extend</source>
      <translation>Ұзарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/extend.py" line="157" />
      <source>The referral has been extended until {date}.</source>
      <translation>Жолдама {date} дейін ұзартылды.</translation>
    </message>
  </context>
  <context>
    <name>FieldErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="23" />
      <source>This field is required.</source>
      <translation>Бұл өріс міндетті.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="24" />
      <source>Not found in the state register of persons.</source>
      <translation>«Жеке тұлғалар» мемлекеттік дерекқорында табылмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="26" />
      <source>The register does not list you as this child's parent.</source>
      <translation>ЖТ МДБ деректері бойынша сіз бұл баланың ата-анасы емессіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="28" />
      <source>Only children under 7 are put in the queue: this child is 7 or older.</source>
      <translation>Кезекке тек 7 жасқа дейінгі балалар қойылады: балаға 7 жас толған.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="30" />
      <source>This birth date has not come yet.</source>
      <translation>Бұл туған күн әлі келген жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="31" />
      <source>An IIN has exactly 12 digits.</source>
      <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="32" />
      <source>An IIN contains digits only.</source>
      <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="33" />
      <source>This IIN holds a birth date that does not exist.</source>
      <translation>Бұл ЖСН-да жоқ туған күн көрсетілген.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="34" />
      <source>The 7th digit of this IIN is wrong.</source>
      <translation>Бұл ЖСН-ның жетінші цифры қате.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="35" />
      <source>This IIN is wrong: please check the digits (the check digit does not match).</source>
      <translation>ЖСН қате: цифрларын тексеріңіз (бақылау разряды сәйкес келмейді).</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="37" />
      <source>Enter the phone as +7 and 10 digits, e.g. +7 701 123 45 67.</source>
      <translation>Телефонды +7 және 10 цифр түрінде көрсетіңіз, мысалы +7 701 123 45 67.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="39" />
      <source>Enter a valid e-mail address, e.g. name@mail.kz.</source>
      <translation>Электрондық пошта мекенжайын дұрыс көрсетіңіз, мысалы name@mail.kz.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="41" />
      <source>The file is empty.</source>
      <translation>Файл бос.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="42" />
      <source>The file is too large: at most {mb} MB.</source>
      <translation>Файл тым үлкен: {mb} МБ-тан аспауы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="43" />
      <source>Only PDF, JPEG or PNG files are accepted.</source>
      <translation>Тек PDF, JPEG немесе PNG файлдары қабылданады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="44" />
      <source>The file is damaged or cannot be read: please scan the document again.</source>
      <translation>Файл зақымдалған немесе оқылмайды: құжатты қайта сканерлеңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="46" />
      <source>The file cannot be opened.</source>
      <translation>Файлды ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="47" />
      <source>Please confirm that you have read the instruction.</source>
      <translation>Нұсқаулықпен танысқаныңызды растаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="50" />
      <source>This application is closed: it can no longer be changed.</source>
      <translation>Бұл өтініш жабық: оны енді өзгерту мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="52" />
      <source>This is not possible in the application's current status.</source>
      <translation>Өтініштің қазіргі мәртебесінде бұл мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="54" />
      <location filename="../kiosk/ui/errors.py" line="56" />
      <source>Only the applicant who filed the application can do this.</source>
      <translation>Мұны өтінішті берген өтініш беруші ғана жасай алады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="58" />
      <source>The period to confirm interest has passed.</source>
      <translation>Мүдделілікті растау мерзімі өтіп кетті.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="60" />
      <source>The application already has this benefit: choose another one.</source>
      <translation>Өтініште бұл жеңілдік бұрыннан бар: басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="62" />
      <source>A kindergarten can be chosen once the child is {min_age} full years old.</source>
      <translation>Балабақшаны бала толық {min_age} жасқа толғаннан кейін таңдауға болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="64" />
      <source>The application is in the stop-list until {until}: no referral can be taken until then.</source>
      <translation>Өтініш {until} дейін стоп-тізімде: осы күнге дейін жолдама алу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="67" />
      <source>The child is enrolled in a kindergarten: a referral to another one is possible only after that kindergarten records the departure.</source>
      <translation>Бала балабақшаға қабылданған: басқа балабақшаға жолдама сол балабақша баланың шығуын белгілегеннен кейін ғана мүмкін.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="70" />
      <source>There are no free places for the child's group at the moment.</source>
      <translation>Қазір баланың тобында бос орындар жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="72" />
      <source>The child's turn has not come yet and no places are published for free choice.</source>
      <translation>Баланың кезегі әлі келген жоқ, еркін таңдауға орындар жарияланбаған.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="75" />
      <source>The time to choose a kindergarten has passed; the child stays in the queue.</source>
      <translation>Балабақшаны таңдау мерзімі өтіп кетті; бала кезекте қалады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="78" />
      <source>Attach the documents confirming the benefit and give their issue date.</source>
      <translation>Жеңілдікті растайтын құжаттарды қоса тіркеп, олардың берілген күнін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="80" />
      <source>The benefit documents must be issued no earlier than {max_age_days} calendar days before the request.</source>
      <translation>Жеңілдік құжаттары сұрау күнінен {max_age_days} күнтізбелік күннен ерте берілмеуі тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="83" />
      <source>The issue date of the benefit documents cannot be later than today.</source>
      <translation>Жеңілдік құжаттарының берілген күні бүгінгі күннен кейін бола алмайды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="85" />
      <source>The referral has expired.</source>
      <translation>Жолдаманың мерзімі өтіп кетті.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="86" />
      <source>The referral has already been extended: it can be extended only once.</source>
      <translation>Жолдама бұрын ұзартылған: оны тек бір рет ұзартуға болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="88" />
      <source>Give the reason for the extension.</source>
      <translation>Ұзарту себебін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="90" />
      <source>The extension date must be later than the referral's last day ({last_day}).</source>
      <translation>Ұзарту күні жолдаманың соңғы күнінен ({last_day}) кейін болуы тиіс.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="93" />
      <source>A referral can be extended by at most {max_days} calendar days: choose a date no later than {latest}.</source>
      <translation>Жолдаманы {max_days} күнтізбелік күннен аспайтын мерзімге ұзартуға болады: {latest} кешіктірмей күнді таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="96" />
      <source>A referral can be revoked only within {hours} hours of its issue.</source>
      <translation>Жолдаманы берілген сәттен бастап {hours} сағат ішінде ғана кері қайтаруға болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="98" />
      <source>The application has just changed: please open it again.</source>
      <translation>Өтініш жаңа ғана өзгерді: оны қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="100" />
      <source>There is no connection to the central database. Please try again later.</source>
      <translation>Орталық дерекқормен байланыс жоқ. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="102" />
      <source>The central database is temporarily unavailable. Please try again later.</source>
      <translation>Орталық дерекқор уақытша қолжетімсіз. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="104" />
      <source>The central database could not process the request. Please try again later.</source>
      <translation>Орталық дерекқор сұрауды өңдей алмады. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="107" />
      <location filename="../kiosk/ui/errors.py" line="109" />
      <location filename="../kiosk/ui/errors.py" line="111" />
      <source>Your session has ended: please log in again.</source>
      <translation>Сеансыңыз аяқталды: қайта кіріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="113" />
      <source>The application is not found among your applications.</source>
      <translation>Өтініш сіздің өтініштеріңіздің арасында табылмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="115" />
      <source>This place does not suit the child (year of birth, queue or district): choose another one.</source>
      <translation>Бұл орын балаға сәйкес келмейді (туған жылы, кезек немесе аудан): басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="118" />
      <source>This kindergarten is not found.</source>
      <translation>Бұл балабақша табылмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="119" />
      <source>This benefit category is not known.</source>
      <translation>Бұл жеңілдік санаты белгісіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="121" />
      <source>The signed request is too old: please sign it again.</source>
      <translation>Қол қойылған сұрау тым ескі: қайта қол қойыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="123" />
      <source>The request could not be read. Please try again.</source>
      <translation>Сұрауды оқу мүмкін болмады. Қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="125" />
      <source>This request was already sent with other data. Please start again.</source>
      <translation>Бұл сұрау бұрын басқа деректермен жіберілген. Қайта бастаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="127" />
      <source>You may not see these data.</source>
      <translation>Бұл деректерді көруге рұқсатыңыз жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="128" />
      <source>Please check the data you entered.</source>
      <translation>Енгізілген деректерді тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="129" />
      <source>Please check this field.</source>
      <translation>Бұл өрісті тексеріңіз.</translation>
    </message>
  </context>
  <context>
    <name>FreePlaces</name>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="26" />
      <source>Language of instruction</source>
      <translation>Оқыту тілі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="28" />
      <source>Kindergarten name</source>
      <translation>Балабақшаның атауы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="30" />
      <source>Contact phone number</source>
      <translation>Байланыс телефоны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="32" />
      <source>Place type</source>
      <translation>Орын түрі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="35" />
      <source>Free places</source>
      <translation>Бос орындар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="37" />
      <source>Release date</source>
      <translation>Босаған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/choose.py" line="41" />
      <source>Location</source>
      <translation>Орналасқан жері</translation>
    </message>
  </context>
  <context>
    <name>HistoryTable</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="96" />
      <source>Date and time</source>
      <translation>Күні мен уақыты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="98" />
      <source>Who</source>
      <translation>Кім</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="99" />
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="101" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="103" />
      <source>Reason</source>
      <translation>Себебі</translation>
    </message>
  </context>
  <context>
    <name>HomeScreen</name>
    <message>
      <location filename="../kiosk/ui/home.py" line="101" />
      <source>You are logged in: {name}</source>
      <translation>Сіз жүйеге кірдіңіз: {name}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="102" />
      <source>Log out</source>
      <translation>Шығу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="103" />
      <source>Staff entrance</source>
      <translation>Қызметтік кіру</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="104" />
      <source>Enrolment in preschool organisations</source>
      <translation>Мектепке дейінгі ұйымдарға кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="106" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Баланы кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="107" />
      <source>Applications journal</source>
      <translation>Өтініштер журналы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="108" />
      <source>Find a queue number</source>
      <translation>Кезек нөмірін іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/home.py" line="109" />
      <source>View statistics</source>
      <translation>Статистиканы қарау</translation>
    </message>
  </context>
  <context>
    <name>InactivityWarning</name>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="154" />
      <source>Are you still there?</source>
      <translation>Сіз әлі осындасыз ба?</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="156" />
      <source>To protect your data, everything you entered will be erased in {seconds} s.</source>
      <translation>Деректеріңізді қорғау үшін енгізілгеннің бәрі {seconds} секундтан кейін жойылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/inactivity.py" line="158" />
      <source>Continue</source>
      <translation>Жалғастыру</translation>
    </message>
  </context>
  <context>
    <name>InfoTab</name>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="151" />
      <source>About the applicant</source>
      <translation>Өтініш беруші туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="152" />
      <source>Child's details</source>
      <translation>Бала туралы деректер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="153" />
      <source>About the application</source>
      <translation>Өтініш туралы ақпарат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="154" />
      <source>Referral</source>
      <translation>Жолдама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="156" />
      <location filename="../kiosk/ui/journal/detail.py" line="160" />
      <source>Full name</source>
      <translation>Толық аты-жөні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="156" />
      <location filename="../kiosk/ui/journal/detail.py" line="160" />
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="157" />
      <location filename="../kiosk/ui/journal/detail.py" line="161" />
      <source>Date of birth</source>
      <translation>Туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="157" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="158" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="158" />
      <source>Address</source>
      <translation>Мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="162" />
      <source>Benefit type</source>
      <translation>Жеңілдік түрі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="162" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="163" />
      <source>Queue number in the benefit category</source>
      <translation>Жеңілдік санаты бойынша кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="165" />
      <source>Queue type</source>
      <translation>Кезек түрі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="165" />
      <source>Application number</source>
      <translation>Өтініш нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="166" />
      <source>Registration date</source>
      <translation>Тіркелген күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="166" />
      <source>District or city</source>
      <translation>Аудан немесе қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="167" />
      <source>E-services portal number</source>
      <translation>ЭҮП нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="168" />
      <source>Service centre number</source>
      <translation>ХҚКО нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="169" />
      <source>Current state</source>
      <translation>Ағымдағы жай-күйі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="170" />
      <source>Date and time of the last change</source>
      <translation>Соңғы өзгерістің күні мен уақыты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="171" />
      <source>Additional e-mail</source>
      <translation>Қосымша e-mail</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="171" />
      <source>Additional phone</source>
      <translation>Қосымша телефон</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="172" />
      <source>Confirm interest by</source>
      <translation>Мүдделілікті растау мерзімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="173" />
      <source>In the stop-list until</source>
      <translation>Стоп-тізімде дейін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="175" />
      <source>Kindergarten</source>
      <translation>Балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="175" />
      <source>Kindergarten address</source>
      <translation>Балабақшаның мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="176" />
      <source>Referral date</source>
      <translation>Жолдама берілген күн</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="176" />
      <source>Referral status</source>
      <translation>Жолдаманың мәртебесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="177" />
      <source>Referral expiry date</source>
      <translation>Жолдаманың қолданылу мерзімі аяқталатын күн</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="177" />
      <source>Extended</source>
      <translation>Ұзартылды (рет)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/detail.py" line="204" />
      <source>{changed} (in the queue since {since})</source>
      <translation>{changed} ({since} бастап кезекте)</translation>
    </message>
  </context>
  <context>
    <name>JournalScreen</name>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="188" />
      <location filename="../kiosk/ui/journal/screen.py" line="404" />
      <source>Loading your applications…</source>
      <translation>Өтініштеріңіз жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="223" />
      <source>Try again</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="252" />
      <location filename="../kiosk/ui/journal/screen.py" line="410" />
      <source>Opening the application…</source>
      <translation>Өтініш ашылуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="388" />
      <source>There are no applications in your journal yet. An application is shown only to the applicant who filed it: if you are the child's parent but do not see it, the application has to be joined to your IIN.</source>
      <translation>Журналыңызда әзірге өтініштер жоқ. Өтініш оны берген өтініш берушіге ғана көрсетіледі: егер сіз баланың ата-анасы болсаңыз, бірақ өтініш көрсетілмесе, өтінішті өз ЖСН-іңізге біріктіру қажет.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="393" />
      <location filename="../kiosk/ui/services.py" line="61" />
      <source>Applications journal</source>
      <translation>Өтініштер журналы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="394" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="395" />
      <source>Home</source>
      <translation>Басты бет</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="397" />
      <source>Tap an application to open it.</source>
      <translation>Өтінішті ашу үшін оның жолын басыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="398" />
      <source>No application matches the filters.</source>
      <translation>Сүзгілерге сәйкес өтініш жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="399" />
      <source>Search</source>
      <translation>Іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="399" />
      <source>(All)</source>
      <translation>(Барлығы)</translation>
    </message>
  </context>
  <context>
    <name>JournalTable</name>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="58" />
      <source>Number</source>
      <translation>Нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="60" />
      <source>Child's full name</source>
      <translation>Баланың аты-жөні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="62" />
      <source>Child's IIN</source>
      <translation>Баланың ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="64" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="67" />
      <source>Applicant's full name</source>
      <translation>Өтініш берушінің аты-жөні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="69" />
      <source>Date created</source>
      <translation>Құрылған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="72" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="75" />
      <source>Benefit type</source>
      <translation>Жеңілдік түрі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/screen.py" line="77" />
      <source>Date of birth</source>
      <translation>Туған күні</translation>
    </message>
  </context>
  <context>
    <name>KeyPicker</name>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="331" />
      <source>Choose a key file from the list.</source>
      <translation>Тізімнен кілт файлын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="343" />
      <source>Reading the keys…</source>
      <translation>Кілттер оқылуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="351" />
      <source>Storage type</source>
      <translation>Сақтау орнының түрі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="352" />
      <source>Personal computer</source>
      <translation>Дербес компьютер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="353" />
      <source>ID card</source>
      <translation>Жеке куәлік</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="354" />
      <source>Kaztoken</source>
      <translation>Қазтокен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="360" />
      <source>Path to the storage</source>
      <translation>Қоймаға жол</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="361" />
      <source>Choose certificate…</source>
      <translation>Сертификатты таңдау…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="363" />
      <source>Enter the password of the key storage</source>
      <translation>Кілттер қоймасының құпиясөзін енгізіңіз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="365" />
      <source>Enter the PIN code</source>
      <translation>PIN-кодты енгізіңіз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="367" />
      <source>Demo keys (marked DEMO): the password is {password}</source>
      <translation>Демо-кілттер (DEMO белгісі бар): құпиясөзі — {password}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="369" />
      <source>Refresh the key list</source>
      <translation>Кілттер тізімін жаңарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="370" />
      <source>Keys</source>
      <translation>Кілттер</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="371" />
      <source>Selected key data</source>
      <translation>Таңдалған кілттің деректері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>Owner</source>
      <translation>Иесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>IIN</source>
      <translation>ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="373" />
      <source>Valid</source>
      <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="374" />
      <source>Serial number</source>
      <translation>Сериялық нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="374" />
      <source>Issuer</source>
      <translation>Сертификатты берген</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="375" />
      <source>Algorithm</source>
      <translation>Алгоритм</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="375" />
      <source>Purpose</source>
      <translation>Мақсаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="406" />
      <source>No key files found. Insert the USB stick with your keys and press «Refresh the key list».</source>
      <translation>Кілт файлдары табылмады. Кілттеріңіз бар USB жинақтағышты салып, «Кілттер тізімін жаңарту» батырмасын басыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="448" />
      <source>Enter the password and press «Refresh the key list».</source>
      <translation>Құпиясөзді енгізіп, «Кілттер тізімін жаңарту» батырмасын басыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="453" />
      <source>Choose the key file</source>
      <translation>Кілт файлын таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="501" />
      <source>Looking for the card…</source>
      <translation>Карта ізделуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="503" />
      <source>Card found in {reader}.</source>
      <translation>Карта табылды: {reader}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="505" />
      <source>Insert your Kaztoken into a USB port.</source>
      <translation>Қазтокенді USB портына салыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="507" />
      <source>Insert your ID card into the reader.</source>
      <translation>Жеке куәлікті карта оқу құрылғысына салыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="529" />
      <source>There are no keys in this storage.</source>
      <translation>Бұл қоймада кілттер жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="607" />
      <source>Authentication (AUTH_RSA)</source>
      <translation>Аутентификация (AUTH_RSA)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="608" />
      <source>Signing (RSA)</source>
      <translation>Қол қою (RSA)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/picker.py" line="609" />
      <source>Authentication and signing</source>
      <translation>Аутентификация және қол қою</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../kiosk/ui/labels.py" line="23" />
      <source>In the queue</source>
      <translation>Кезекте</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="24" />
      <source>Notification sent</source>
      <translation>Хабарлама жіберілді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="25" />
      <location filename="../kiosk/ui/labels.py" line="63" />
      <source>Referral issued</source>
      <translation>Жолдама берілді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="26" />
      <location filename="../kiosk/ui/labels.py" line="36" />
      <location filename="../kiosk/ui/labels.py" line="44" />
      <source>Enrolled</source>
      <translation>Қабылданды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="27" />
      <location filename="../kiosk/ui/labels.py" line="37" />
      <source>Removed from the queue</source>
      <translation>Кезектен алынды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="28" />
      <source>Refused</source>
      <translation>Бас тартылды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="33" />
      <source>Decision made (in the queue)</source>
      <translation>Шешім қабылданды (кезекте)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="34" />
      <source>Decision made (notification sent)</source>
      <translation>Шешім қабылданды (хабарлама жіберілді)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="35" />
      <source>Decision made (referral issued)</source>
      <translation>Шешім қабылданды (жолдама берілді)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="38" />
      <source>Registration in the queue refused</source>
      <translation>Кезекке қоюдан бас тартылды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="43" />
      <source>Not enrolled</source>
      <translation>Қабылданбаған</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="49" />
      <source>No benefit</source>
      <translation>Жеңілдіксіз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="50" />
      <source>First-priority right</source>
      <translation>Бірінші кезектегі құқық</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="51" />
      <source>Out-of-turn right</source>
      <translation>Кезектен тыс құқық</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="56" />
      <source>Registration in the queue</source>
      <translation>Кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="57" />
      <source>Registration refused</source>
      <translation>Кезекке қоюдан бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="58" />
      <source>Interest confirmed</source>
      <translation>Мүдделілік расталды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="59" />
      <source>Benefit changed</source>
      <translation>Жеңілдік өзгертілді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="60" />
      <source>Withdrawn from the queue</source>
      <translation>Кезектен алынды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="61" />
      <source>The turn has come: notification sent</source>
      <translation>Кезек келді: хабарлама жіберілді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="62" />
      <source>No kindergarten chosen in time</source>
      <translation>Балабақша мерзімінде таңдалмады</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="64" />
      <source>Referral extended</source>
      <translation>Жолдама ұзартылды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="65" />
      <source>Referral revoked</source>
      <translation>Жолдама кері қайтарылды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="66" />
      <source>Referral annulled</source>
      <translation>Жолдама жойылды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="67" />
      <location filename="../kiosk/ui/labels.py" line="91" />
      <source>Enrolled in the kindergarten</source>
      <translation>Балабақшаға қабылданды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="68" />
      <source>Removed: interest not confirmed</source>
      <translation>Кезектен алынды: мүдделілік расталмады</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="69" />
      <source>Removed: age limit reached</source>
      <translation>Кезектен алынды: шекті жасқа толды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="70" />
      <source>Application joined to the parent's IIN</source>
      <translation>Өтініш ата-ананың ЖСН-іне біріктірілді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="75" />
      <source>At the applicant's request</source>
      <translation>Өтініш берушінің өтініші бойынша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="76" />
      <source>The child is 7 years old or older</source>
      <translation>Баланың жасы 7-де немесе одан үлкен</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="77" />
      <source>The child already has an active application</source>
      <translation>Балаға белсенді өтініш бұрыннан бар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="79" />
      <source>The number is already used</source>
      <translation>Нөмір бұрын пайдаланылған</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="80" />
      <source>Invalid IIN</source>
      <translation>ЖСН қате</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="81" />
      <source>Invalid date of birth</source>
      <translation>Туған күні қате</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="82" />
      <source>The child's turn has come</source>
      <translation>Баланың кезегі келді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="83" />
      <source>No kindergarten chosen within 3 working days</source>
      <translation>Балабақша 3 жұмыс күні ішінде таңдалмады</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="85" />
      <source>A place published for free choice</source>
      <translation>Еркін таңдауға жарияланған орын</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="86" />
      <source>Not enrolled: the referral was not used in time (stop-list)</source>
      <translation>Қабылданбады: жолдама мерзімінде пайдаланылмады (стоп-тізім)</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="88" />
      <source>Referrals expired twice</source>
      <translation>Жолдама мерзімі екі рет өтіп кетті</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="89" />
      <source>Interest not confirmed in time</source>
      <translation>Мүдделілік мерзімінде расталмады</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="90" />
      <source>The child has reached the age limit</source>
      <translation>Бала шекті жасқа толды</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="96" />
      <source>Applicant</source>
      <translation>Өтініш беруші</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="97" />
      <source>Service centre clerk</source>
      <translation>ХҚКО қызметкері</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="98" />
      <source>Education department</source>
      <translation>Білім бөлімі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="99" />
      <source>Kindergarten</source>
      <translation>Балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="100" />
      <source>System</source>
      <translation>Жүйе</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="105" />
      <source>State kindergarten</source>
      <translation>Мемлекеттік балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="106" />
      <source>Sanatorium kindergarten</source>
      <translation>Санаторлық балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="111" />
      <source>Ordinary place</source>
      <translation>Қарапайым орын</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="112" />
      <source>Special (correctional) place</source>
      <translation>Арнайы (түзету) орны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="113" />
      <source>Short-stay place</source>
      <translation>Қысқа мерзімді болу орны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="118" />
      <source>Kazakh</source>
      <translation>Қазақ тілі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="119" />
      <source>Russian</source>
      <translation>Орыс тілі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="124" />
      <source>Signed request</source>
      <translation>Қол қойылған сұрау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="125" />
      <source>Document confirming the benefit</source>
      <translation>Жеңілдікті растайтын құжат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="130" />
      <source>Notice of registration</source>
      <translation>Тіркеу туралы хабарлама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="131" />
      <source>Notice of acceptance of documents</source>
      <translation>Құжаттарды қабылдау туралы хабарлама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="132" />
      <source>Registration of the child in the record book</source>
      <translation>Баланы есепке алу кітабында тіркеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="133" />
      <source>Child's card</source>
      <translation>Баланың карточкасы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="134" />
      <source>Referral to a preschool organisation</source>
      <translation>Мектепке дейінгі ұйымға жолдама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="135" />
      <source>Referral to a sanatorium kindergarten</source>
      <translation>Санаторлық балабақшаға жолдама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="136" />
      <source>Notice of completion of the service</source>
      <translation>Қызмет көрсетудің аяқталғаны туралы хабарлама</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="137" />
      <source>Confirmation of interest</source>
      <translation>Мүдделілікті растау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/labels.py" line="138" />
      <source>Notice of refusal of the service</source>
      <translation>Қызмет көрсетуден бас тарту туралы хабарлама</translation>
    </message>
  </context>
  <context>
    <name>LoginScreen</name>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="326" />
      <source>Sending the code…</source>
      <translation>Код жіберілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="350" />
      <source>Enter the password, press «Refresh the key list» and choose your AUTH_RSA key.</source>
      <translation>Құпиясөзді енгізіп, «Кілттер тізімін жаңарту» батырмасын басыңыз және AUTH_RSA кілтін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="376" />
      <location filename="../kiosk/ui/login/screen.py" line="420" />
      <source>Signing in…</source>
      <translation>Жүйеге кіру…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="400" />
      <source>A code was sent to {phone}. Enter it below.</source>
      <translation>Код {phone} нөміріне жіберілді. Оны төменге енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="409" />
      <source>Enter the 6 digits of the code.</source>
      <translation>Кодтың 6 цифрын енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="432" />
      <source>Loading your data…</source>
      <translation>Деректеріңіз жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="498" />
      <source>Log in to the personal cabinet</source>
      <translation>Жеке кабинетке кіру</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="499" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="500" />
      <source>By EDS</source>
      <translation>ЭЦҚ арқылы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="501" />
      <source>By IIN</source>
      <translation>ЖСН арқылы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="503" />
      <source>Choose where your key is kept, then your authentication key (AUTH_RSA), enter its password and press «Log in».</source>
      <translation>Кілт сақталған орынды, одан кейін аутентификация кілтін (AUTH_RSA) таңдап, құпиясөзді енгізіңіз де, «Кіру» батырмасын басыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="505" />
      <source>Log in with a one-time code</source>
      <translation>Бір реттік кодпен кіру</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="507" />
      <source>A one-time code will be sent by SMS to the mobile phone number recorded for your IIN in the state register.</source>
      <translation>Бір реттік код мемлекеттік дерекқорда ЖСН-ыңызға тіркелген ұялы телефон нөміріне SMS арқылы жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="509" />
      <source>Your IIN</source>
      <translation>Сіздің ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="510" />
      <source>Get the code</source>
      <translation>Кодты алу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="511" />
      <source>Code from the SMS</source>
      <translation>SMS-тегі код</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="514" />
      <source>Log in</source>
      <translation>Кіру</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="515" />
      <source>Your e-mail address</source>
      <translation>Электрондық поштаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="517" />
      <source>Welcome, {name}!</source>
      <translation>Қош келдіңіз, {name}!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="519" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="520" />
      <source>This is your first login: give your e-mail address. Notifications about your applications will be sent to it.</source>
      <translation>Жүйеге бірінші рет кіріп отырсыз: электрондық поштаңызды көрсетіңіз. Өтініштеріңіз туралы хабарламалар соған жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="522" />
      <source>E-mail address</source>
      <translation>Электрондық пошта</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/login/screen.py" line="523" />
      <source>Continue</source>
      <translation>Жалғастыру</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="298" />
      <source>Application to register {name} in the kindergarten queue</source>
      <translation>Баланы кезекке қою туралы өтініш: {name}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/main_window.py" line="513" />
      <source>Balabaqsha: kindergarten queue</source>
      <translation>Балабақша: балабақшаға кезек</translation>
    </message>
  </context>
  <context>
    <name>OnScreenKeyboard</name>
    <message>
      <location filename="../kiosk/ui/keyboard.py" line="175" />
      <source>Space</source>
      <translation>Бос орын</translation>
    </message>
  </context>
  <context>
    <name>OnlineIndicator</name>
    <message>
      <location filename="../kiosk/ui/connection.py" line="71" />
      <source>No connection to the central database</source>
      <translation>Орталық дерекқормен байланыс жоқ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/connection.py" line="72" />
      <source>Applications are accepted and will be sent as soon as the connection returns.</source>
      <translation>Өтініштер қабылданады және байланыс қалпына келгенде жіберіледі.</translation>
    </message>
  </context>
  <context>
    <name>PositionPanel</name>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="42" />
      <source>You are viewing the queue number of this application for the first time. Next time you will see how it has changed and why.</source>
      <translation>Сіз осы өтініштің кезек нөмірін алғаш рет қарап отырсыз. Келесі жолы оның қалай және неліктен өзгергенін көресіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="45" />
      <source>The queue number has not changed since you last looked.</source>
      <translation>Соңғы рет қарағаныңыздан бері кезек нөмірі өзгерген жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="47" />
      <source>Since you last looked, applications with a higher priority ({priority}) have been registered ahead of yours: {count}.</source>
      <translation>Соңғы рет қарағаныңыздан бері сіздің өтінішіңіздің алдына басымдығы жоғары өтініштер («{priority}») тіркелді: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="50" />
      <source>Applications that had left the queue returned to it ahead of yours (for example, after a referral was revoked): {count}.</source>
      <translation>Бұрын кезектен шыққан өтініштер сіздің өтінішіңіздің алдына қайта оралды (мысалы, жолдама кері қайтарылғаннан кейін): {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="53" />
      <source>Applications registered after yours had their benefit raised and now stand ahead of yours: {count}.</source>
      <translation>Сіздің өтінішіңізден кейін берілген өтініштердің жеңілдігі жоғарылап, енді олар сіздің өтінішіңіздің алдында тұр: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="56" />
      <source>Applications registered before yours had their benefit lowered and now stand behind yours: {count}.</source>
      <translation>Сіздің өтінішіңізден бұрын берілген өтініштердің жеңілдігі төмендеп, енді олар сіздің өтінішіңізден кейін тұр: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="59" />
      <source>Your benefit category has changed: previously “{from}”, now “{to}”.</source>
      <translation>Сіздің жеңілдік санатыңыз өзгерді: бұрын «{from}», енді «{to}».</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="65" />
      <source>Applications that stood ahead of yours received a referral to a kindergarten and left the queue: {count}.</source>
      <translation>Сіздің өтінішіңізден алда тұрған өтініштер балабақшаға жолдама алып, кезектен шықты: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="68" />
      <source>Applications that stood ahead of yours were withdrawn from the queue at their applicants' request: {count}.</source>
      <translation>Сіздің өтінішіңізден алда тұрған өтініштер өтініш берушілердің өтініші бойынша кезектен алынды: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="71" />
      <source>Applications that stood ahead of yours were removed from the queue (for example, interest was not confirmed in time or the child reached the age limit): {count}.</source>
      <translation>Сіздің өтінішіңізден алда тұрған өтініштер кезектен шығарылды (мысалы, мүдделілік уақытында расталмады немесе бала шекті жасқа толды): {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="78" />
      <source>Since you last looked, applications of the same category ({priority}) with an earlier registration date have been added to the queue ahead of yours: {count}.</source>
      <translation>Соңғы рет қарағаныңыздан бері сіздің өтінішіңіздің алдына кезекке қою күні ертерек сол санаттағы өтініштер («{priority}») қосылды: {count}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="83" />
      <source>Other changes in the queue have also affected the queue number.</source>
      <translation>Кезек нөміріне кезектегі басқа да өзгерістер әсер етті.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="273" />
      <source>Place in the queue</source>
      <translation>Кезектегі орны</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="274" />
      <source>Loading the place in the queue…</source>
      <translation>Кезектегі орны жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="275" />
      <source>The place in the queue could not be loaded now. The rest of the application is shown; open it again later to see how the queue number changed.</source>
      <translation>Кезектегі орнын қазір жүктеу мүмкін болмады. Өтініштің қалған мәліметтері көрсетілген; кезек нөмірінің қалай өзгергенін білу үшін өтінішті кейінірек қайта ашыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="283" />
      <source>Try again</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="294" />
      <source>Now</source>
      <translation>Қазір</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="295" />
      <source>When you last looked, {date}</source>
      <translation>Соңғы рет қараған кезде, {date}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="298" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/journal/position.py" line="300" />
      <source>Queue number in the benefit category</source>
      <translation>Жеңілдік санаты бойынша кезек нөмірі</translation>
    </message>
  </context>
  <context>
    <name>QueueSearchScreen</name>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="202" />
      <source>Searching…</source>
      <translation>Іздеу жүргізілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="239" />
      <source>Enter the date of birth as DD.MM.YYYY.</source>
      <translation>Туған күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="257" />
      <source>No application was found for this child.</source>
      <translation>Бұл бала бойынша өтініш табылмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="324" />
      <source>Try again</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="306" />
      <source>Find a queue number</source>
      <translation>Кезек нөмірін іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="307" />
      <source>Home</source>
      <translation>Басты бет</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="309" />
      <source>Search the queue</source>
      <translation>Кезектен іздеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="310" />
      <source>By the child's IIN</source>
      <translation>Баланың ЖСН бойынша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="311" />
      <source>By full name and date of birth</source>
      <translation>Аты-жөні мен туған күні бойынша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="312" />
      <source>Child's IIN</source>
      <translation>Баланың ЖСН</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="313" />
      <source>Child's surname</source>
      <translation>Баланың тегі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="314" />
      <source>Child's name</source>
      <translation>Баланың аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="315" />
      <source>Child's patronymic</source>
      <translation>Баланың әкесінің аты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="316" />
      <source>Child's date of birth</source>
      <translation>Баланың туған күні</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="317" />
      <source>DD.MM.YYYY</source>
      <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="319" />
      <source>Only the application number, its status, the benefit category and the queue numbers are shown: no personal data.</source>
      <translation>Тек өтініш нөмірі, оның мәртебесі, жеңілдік санаты және кезек нөмірлері көрсетіледі: жеке деректер көрсетілмейді.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="321" />
      <source>Find</source>
      <translation>Табу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="322" />
      <source>Search results</source>
      <translation>Іздеу нәтижелері</translation>
    </message>
  </context>
  <context>
    <name>Refusals</name>
    <message>
      <location filename="../kiosk/ui/actions/refusals.py" line="28" />
      <source>Something went wrong. Please try again.</source>
      <translation>Бірдеңе дұрыс болмады. Қайталап көріңіз.</translation>
    </message>
  </context>
  <context>
    <name>RegistrationScreen</name>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="248" />
      <source>Register a child in the kindergarten queue</source>
      <translation>Баланы кезекке қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="249" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Step 1</source>
      <translation>1-қадам</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="250" />
      <source>Fill in the applicant's details</source>
      <translation>Өтініш беруші деректерін толтырыңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Step 2</source>
      <translation>2-қадам</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/screen.py" line="251" />
      <source>Fill in the child's details</source>
      <translation>Бала деректерін толтырыңыз</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="101" />
      <source>Application number</source>
      <translation>Өтініш нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="102" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="103" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="104" />
      <source>Documents</source>
      <translation>Құжаттар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="105" />
      <source>Print receipt</source>
      <translation>Түбіртекті басып шығару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="106" />
      <source>Download</source>
      <translation>Жүктеу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="106" />
      <source>Print</source>
      <translation>Басып шығару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="111" />
      <source>The application has no documents yet.</source>
      <translation>Өтініште әлі құжаттар жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="126" />
      <source>The documents will be available after the application is delivered.</source>
      <translation>Құжаттар өтініш жіберілгеннен кейін қолжетімді болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="128" />
      <source>Application accepted, pending delivery</source>
      <translation>Өтініш қабылданды, жіберуді күтуде</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="130" />
      <source>There is no connection to the central database right now. Your signed application is saved and will be delivered automatically as soon as the connection returns; the queue number will be given then and sent to your e-mail and phone.</source>
      <translation>Қазір орталық дерекқормен байланыс жоқ. Қол қойылған өтініш сақталды және байланыс қалпына келгенде автоматты түрде жеткізіледі; сол кезде кезек нөмірі беріліп, электрондық поштаңыз бен телефоныңызға жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="135" />
      <source>Application registered</source>
      <translation>Өтініш тіркелді</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="137" />
      <source>Notifications will be sent to the e-mail address and phone number you gave.</source>
      <translation>Хабарламалар көрсетілген электрондық пошта мен телефон нөміріне жіберіледі.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="138" />
      <source>after delivery</source>
      <translation>жеткізілгеннен кейін</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="153" />
      <source>Loading the documents…</source>
      <translation>Құжаттар жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="184" />
      <source>The documents could not be loaded. They are available later in the «Applications journal».</source>
      <translation>Құжаттарды жүктеу мүмкін болмады. Олар кейін «Өтініштер журналы» бөлімінде қолжетімді болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="192" />
      <location filename="../kiosk/ui/registration/result.py" line="258" />
      <source>Preparing the document…</source>
      <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="209" />
      <source>The document could not be prepared.</source>
      <translation>Құжатты дайындау мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="213" />
      <source>Choose the folder to save the document in</source>
      <translation>Құжатты сақтайтын қалтаны таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="220" />
      <source>The document could not be saved.</source>
      <translation>Құжатты сақтау мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="222" />
      <source>Saved: {path}</source>
      <translation>Сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/registration/result.py" line="268" />
      <source>The receipt was sent to the printer.</source>
      <translation>Түбіртек принтерге жіберілді.</translation>
    </message>
  </context>
  <context>
    <name>RevokeReferralPage</name>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="35" />
      <source>Tick the box to confirm that you give the referral back.</source>
      <translation>Жолдаманы қайтаратыныңызды растау үшін белгі қойыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="40" />
      <location filename="../kiosk/ui/actions/revoke.py" line="59" />
      <source>Revoke the referral</source>
      <translation>Жолдаманы кері қайтару</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="45" />
      <source>Kindergarten</source>
      <translation>Балабақша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="45" />
      <source>Kindergarten address</source>
      <translation>Балабақшаның мекенжайы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="46" />
      <source>Referral date</source>
      <translation>Жолдама берілген күн</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="46" />
      <source>Can be revoked until</source>
      <translation>Кері қайтаруға болатын мерзім</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="54" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="55" />
      <source>A referral can be revoked on your own initiative only within {hours} hours of its issue. The place becomes free for other children; your child stays in the queue.</source>
      <translation>Жолдаманы өз бастамаңыз бойынша берілген сәттен бастап {hours} сағат ішінде ғана кері қайтаруға болады. Орын басқа балалар үшін босайды; балаңыз кезекте қалады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="58" />
      <source>I give the referral back</source>
      <translation>Жолдаманы қайтарамын</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/revoke.py" line="62" />
      <source>The referral has been revoked: the child is back in the queue.</source>
      <translation>Жолдама кері қайтарылды: бала кезекке оралды.</translation>
    </message>
  </context>
  <context>
    <name>ScanFolderPicker</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="50" />
      <location filename="../kiosk/ui/scan_picker.py" line="148" />
      <source>Choose the scanned documents</source>
      <translation>Сканерленген құжаттарды таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="150" />
      <source>There are no scans yet. Please ask the service centre staff to scan your document.</source>
      <translation>Сканерленген құжаттар әлі жоқ. ХҚКО қызметкерінен құжатыңызды сканерлеуді сұраңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="151" />
      <source>Refresh</source>
      <translation>Жаңарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="152" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="153" />
      <source>Add</source>
      <translation>Қосу</translation>
    </message>
  </context>
  <context>
    <name>ScanList</name>
    <message>
      <location filename="../kiosk/ui/actions/scans.py" line="99" />
      <source>Add a scan</source>
      <translation>Скан-көшірме қосу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/scans.py" line="100" />
      <source>PDF, JPEG or PNG, at most {mb} MB each.</source>
      <translation>PDF, JPEG немесе PNG, әрқайсысы {mb} МБ-тан аспауы тиіс.</translation>
    </message>
  </context>
  <context>
    <name>ScanRows</name>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="194" />
      <source>Remove</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="204" />
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/scan_picker.py" line="205" />
      <source>{size} KB</source>
      <translation>{size} КБ</translation>
    </message>
  </context>
  <context>
    <name>SearchTable</name>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="48" />
      <source>Application number</source>
      <translation>Өтініш нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="50" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="52" />
      <source>Benefit category</source>
      <translation>Жеңілдік санаты</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="54" />
      <source>Queue number</source>
      <translation>Кезек нөмірі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/search.py" line="58" />
      <source>Queue number in the benefit category</source>
      <translation>Жеңілдік санаты бойынша кезек нөмірі</translation>
    </message>
  </context>
  <context>
    <name>SigningDialog</name>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="196" />
      <source>Enter the password, press «Refresh the key list» and choose a key.</source>
      <translation>Құпиясөзді енгізіп, «Кілттер тізімін жаңарту» батырмасын басыңыз және кілтті таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="289" />
      <source>Signing…</source>
      <translation>Қол қойылуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="290" />
      <source>Sending the signed document…</source>
      <translation>Қол қойылған құжат жіберілуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="317" />
      <source>Creating an EDS in XML format</source>
      <translation>XML форматында ЭЦҚ қалыптастыру</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="318" />
      <source>Data signing</source>
      <translation>Деректерге қол қою</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="320" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/signing/dialog.py" line="321" />
      <source>Sign</source>
      <translation>Қол қою</translation>
    </message>
  </context>
  <context>
    <name>SigningErrors</name>
    <message>
      <location filename="../kiosk/ui/errors.py" line="145" />
      <source>The key file was not found: choose it again.</source>
      <translation>Кілт файлы табылмады: оны қайта таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="147" />
      <source>The key storage was removed (the file is gone or the card was taken out). Put it back and try again.</source>
      <translation>Кілттер қоймасы алынды (файл жоқ немесе карта шығарылды). Оны орнына салып, қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="150" />
      <source>This file is not a key storage that can be read. Choose your EDS key file (.p12).</source>
      <translation>Бұл файл оқылатын кілттер қоймасы емес. ЭЦҚ кілтінің файлын (.p12) таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="153" />
      <source>Enter the password of the key storage.</source>
      <translation>Кілттер қоймасының құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="155" />
      <source>Wrong password. Check the keyboard layout and capital letters and try again.</source>
      <translation>Құпиясөз қате. Пернетақта тілін және бас әріптерді тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="158" />
      <source>Wrong PIN code: {n} tries left.</source>
      <translation>PIN-код қате: {n} әрекет қалды.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="159" />
      <source>The PIN code is blocked after too many wrong tries. It can be unblocked with the PUK code.</source>
      <translation>Қате әрекеттер тым көп болғандықтан PIN-код бұғатталды. Оны PUK-кодпен бұғаттан шығаруға болады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="162" />
      <source>The chosen key is no longer in the storage: refresh the key list.</source>
      <translation>Таңдалған кілт қоймада енді жоқ: кілттер тізімін жаңартыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="164" />
      <source>GOST keys cannot be used in this kiosk yet: choose your RSA key.</source>
      <translation>Бұл киоскіде ГОСТ кілттерін әзірге пайдалану мүмкін емес: RSA кілтін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="166" />
      <source>The signature could not be made. Please try again.</source>
      <translation>Қол қою орындалмады. Қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="168" />
      <source>This is an authentication key (AUTH_RSA). To sign, choose the signing key: its file name begins with RSA256_.</source>
      <translation>Бұл — аутентификация кілті (AUTH_RSA). Қол қою үшін қол қою кілтін таңдаңыз: оның файл атауы RSA256_ деп басталады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="171" />
      <source>This is a signing key (RSA256). To log in, choose the authentication key: its file name begins with AUTH_RSA256_.</source>
      <translation>Бұл — қол қою кілті (RSA256). Кіру үшін аутентификация кілтін таңдаңыз: оның файл атауы AUTH_RSA256_ деп басталады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="174" />
      <source>The certificate of this key has expired. Get a new EDS at a service centre or on pki.gov.kz.</source>
      <translation>Бұл кілт сертификатының мерзімі өтіп кеткен. Жаңа ЭЦҚ-ны ХҚКО-дан немесе pki.gov.kz сайтынан алыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="177" />
      <source>The certificate of this key is not valid yet. Use another key.</source>
      <translation>Бұл кілттің сертификаты әлі күшіне енбеген. Басқа кілтті пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="179" />
      <source>The certificate of this key has been revoked. Get a new EDS at a service centre or on pki.gov.kz.</source>
      <translation>Бұл кілттің сертификаты кері қайтарылған. Жаңа ЭЦҚ-ны ХҚКО-дан немесе pki.gov.kz сайтынан алыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="182" />
      <source>This key was not issued by the National Certification Authority of Kazakhstan and cannot be accepted.</source>
      <translation>Бұл кілтті Қазақстан Республикасының Ұлттық куәландырушы орталығы бермеген, сондықтан оны қабылдау мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="185" />
      <source>The certificate could not be checked for revocation right now. Please try again later.</source>
      <translation>Сертификаттың кері қайтарылмағанын қазір тексеру мүмкін болмады. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="188" />
      <source>The certificate of this key holds no valid IIN.</source>
      <translation>Бұл кілттің сертификатында жарамды ЖСН жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="190" />
      <source>This key belongs to another person: sign with the EDS of the person who logged in.</source>
      <translation>Бұл кілт басқа адамға тиесілі: жүйеге кірген адамның ЭЦҚ-сымен қол қойыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="193" />
      <source>No card reader was found. Connect the reader and try again.</source>
      <translation>Карта оқу құрылғысы табылмады. Құрылғыны қосып, қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="195" />
      <source>The smart card service is not running on this computer: cards and tokens cannot be read.</source>
      <translation>Бұл компьютерде смарт-карталар қызметі жұмыс істемейді: карталар мен токендерді оқу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="198" />
      <source>No card found: insert the card or token and try again.</source>
      <translation>Карта табылмады: картаны немесе токенді салып, қайталап көріңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="200" />
      <source>This card is not supported: use your ID card or Kaztoken.</source>
      <translation>Бұл картаға қолдау көрсетілмейді: жеке куәлікті немесе Қазтокенді пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="202" />
      <source>Cards and tokens cannot be used on this kiosk: choose «Personal computer».</source>
      <translation>Бұл киоскіде карталар мен токендерді пайдалану мүмкін емес: «Дербес компьютер» түрін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="205" />
      <source>The kiosk's list of trusted certification authorities is missing: please tell the service centre staff.</source>
      <translation>Киоскіде сенімді куәландырушы орталықтардың тізімі жоқ: ХҚКО қызметкеріне хабарлаңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="208" />
      <source>The document to sign is damaged.</source>
      <translation>Қол қойылатын құжат бүлінген.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/errors.py" line="209" />
      <source>The key could not be used.</source>
      <translation>Кілтті пайдалану мүмкін болмады.</translation>
    </message>
  </context>
  <context>
    <name>StartupProgress</name>
    <message>
      <location filename="../kiosk/ui/startup.py" line="148" />
      <source>Quit</source>
      <translation>Шығу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="152" />
      <source>Preparing the demo keys…</source>
      <translation>Демо-кілттер дайындалуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="153" />
      <source>Preparing the queue database (the first start takes a minute)…</source>
      <translation>Кезек дерекқоры дайындалуда (алғашқы іске қосу бір минуттай уақыт алады)…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="154" />
      <source>Connecting to the central database…</source>
      <translation>Орталық дерекқорға қосылу…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="155" />
      <source>Reading the region's lists…</source>
      <translation>Өңір анықтамалықтары оқылуда…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/startup.py" line="156" />
      <source>Starting…</source>
      <translation>Іске қосылуда…</translation>
    </message>
  </context>
  <context>
    <name>StatisticsScreen</name>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="144" />
      <source>Loading the statistics…</source>
      <translation>Статистика жүктелуде…</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="173" />
      <location filename="../kiosk/ui/public/statistics.py" line="235" />
      <source>All years</source>
      <translation>Барлық жылдар</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="177" />
      <source>Choose from the list</source>
      <translation>Тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="237" />
      <source>Try again</source>
      <translation>Қайталау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="194" />
      <source>No applications match the chosen filters.</source>
      <translation>Таңдалған сүзгілерге сәйкес өтініштер жоқ.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="207" />
      <source>Total: in the queue {queued}, notified {notified}, referrals issued {referrals}, enrolled {enrolled}.</source>
      <translation>Барлығы: кезекте {queued}, хабарлама жіберілген {notified}, жолдама берілген {referrals}, қабылданған {enrolled}.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="212" />
      <source>As of {time}</source>
      <translation>{time} жағдай бойынша</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="223" />
      <source>View statistics</source>
      <translation>Статистиканы қарау</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="224" />
      <source>Home</source>
      <translation>Басты бет</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="227" />
      <source>The statistics show the number of applications in the queue (out-of-turn, first-priority and general), notified, with a referral issued and enrolled.</source>
      <translation>Статистикада кезектегі өтініштер саны (кезектен тыс, бірінші кезектегі және жалпы негізде), хабарлама жіберілген, жолдама берілген және қабылданған өтініштер саны жарияланады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="229" />
      <source>Region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="230" />
      <source>Category</source>
      <translation>Санат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="231" />
      <source>Year of birth</source>
      <translation>Туған жылы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="233" />
      <source>All categories</source>
      <translation>Барлық санаттар</translation>
    </message>
  </context>
  <context>
    <name>StatisticsTable</name>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="40" />
      <source>District or city</source>
      <translation>Аудан немесе қала</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="42" />
      <source>Category</source>
      <translation>Санат</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="46" />
      <source>Year of birth</source>
      <translation>Туған жылы</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="49" />
      <source>In the queue</source>
      <translation>Кезекте</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="50" />
      <source>Notified</source>
      <translation>Хабарлама жіберілген</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="51" />
      <source>Referrals issued</source>
      <translation>Жолдама берілген</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/public/statistics.py" line="52" />
      <source>Enrolled children</source>
      <translation>Қабылданғандар</translation>
    </message>
  </context>
  <context>
    <name>WithdrawPage</name>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="39" />
      <source>Give the reason for withdrawing the application.</source>
      <translation>Өтінішті кезектен алу себебін көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="42" />
      <source>Tick the box to confirm that you understand the consequences.</source>
      <translation>Салдарын түсінетініңізді растау үшін белгі қойыңыз.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="47" />
      <location filename="../kiosk/ui/actions/withdraw.py" line="55" />
      <source>Withdraw from the queue</source>
      <translation>Кезектен алу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="49" />
      <source>Reason</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="50" />
      <source>Please note!</source>
      <translation>Назар аударуды сұраймыз!</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="51" />
      <source>The child will be removed from the queue and the queue number will be lost. To stand in the queue again you will have to apply anew, and the child will be queued from the date of the new application.</source>
      <translation>Бала кезектен алынады және кезек нөмірі жойылады. Қайта кезекке тұру үшін жаңа өтініш беру қажет болады, бала жаңа өтініш берілген күннен бастап кезекке қойылады.</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="54" />
      <source>I understand: remove the child from the queue</source>
      <translation>Түсінемін: баланы кезектен алу</translation>
    </message>
    <message>
      <location filename="../kiosk/ui/actions/withdraw.py" line="58" />
      <source>The application has been withdrawn from the queue.</source>
      <translation>Өтініш кезектен алынды.</translation>
    </message>
  </context>
</TS>
