"""holdout213, part C: 问答社区, 个人文集, 党建网, 医院官网, 高校官网 (each once as HTML, once as text).

Written by hand for this part; every place, person, firm, site, URL and phone is invented.
"""

CASES = [
    dict(
        slug="qa-wenqu-hotpot-liner-coating-question-title",
        site="问渠问答 (invented, Q&A site)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenqu-ask.com/question/50318827",
        title="电火锅内胆涂层掉了一块还能继续用吗？",
        record_title=None,
        date=None,
        notes="Q&A page: no title in the record (the question); adopted-answer badge, vote row, more answers, related "
        "questions, login prompt; 编辑于 昨天 is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>问渠问答</title>
<script>window.__QID__=50318827;</script>
</head><body>
<div class="hd">⟦m 问渠问答⟧ <span>⟦m 问渠那得清如许⟧</span> <a>⟦a 我要提问⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 问渠问答 › 家居生活 › 厨房电器⟧</div>
<div class="q">
<h1 class="q-title">{T}</h1>
<p class="q-desc">⟦m 用了两年的电火锅，锅底边上掉了指甲盖大小一块黑色涂层，露出银白色的底，煮东西有没有影响？⟧</p>
<p class="q-meta">⟦m 提问者：吃货小葵　1 个回答　浏览 2204 次⟧</p>
</div>
<div class="answer best">
<div class="badge">⟦m ✔ 提问者采纳⟧</div>
<div class="author">⟦m 厨电测评师老蒲　家电维修十二年⟧</div>
<div class="a-body">
{BODY}
</div>
<div class="a-meta">⟦m 编辑于 昨天 21:07⟧</div>
<div class="vote">⟦a ▲ 有用 318　▼ 没用 4　评论 17　举报⟧</div>
</div>
<div class="more"><p>⟦l 查看其他 3 个回答 ›⟧</p></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><ul><li>⟦l 不粘锅涂层脱落了有毒吗？⟧</li><li>⟦l 电火锅内胆可以单独买吗？⟧</li></ul></div>
<div class="login-tip">⟦a 登录问渠，参与回答赚积分⟧</div>
<footer>⟦m © 2025 问渠问答 wenqu-ask.com　京ICP备22019637号⟧</footer>
</body></html>
""",
        body="""
不建议继续用，最好换一个内胆或者整锅更换。
电火锅内胆一般是铝合金的，表面喷了一层不粘涂层。涂层完好的时候，铝不会直接接触食物；涂层一旦脱落，火锅汤底偏酸偏咸，会加快铝的溶出，长期下来对身体不好。另外，掉下来的涂层碎屑也可能混进菜里。
如果只是边缘掉了米粒大小的一点，而且不在汤水能泡到的地方，短期凑合用问题不大，但要注意三点：一是不要用钢丝球刷，改用软布；二是不要空烧；三是不要用铁铲、铁勺刮锅底。
买新锅时可以看看内胆材质，304不锈钢内胆虽然容易粘，但不怕刮，更耐用。
""",
    ),
    dict(
        slug="qa-baigong-cracked-chopping-block-answer",
        site="百工问答 (invented, text copy)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="http://www.baigongwenda.com/q/771406.html",
        title="新买的实木菜墩才用半个月就裂了，怎么补救？",
        record_title="新买的实木菜墩才用半个月就裂了，怎么补救？ - 百工问答",
        date=None,
        notes="Q&A text: question as title with a site suffix; answerer line, votes, other answers; numbered list; "
        "2 天前 is no date",
        page="""
!m 百工问答 · 手艺人答疑
!m 分类：木作 > 厨房木器
!t 新买的实木菜墩才用半个月就裂了，怎么补救？
!m 3个回答　关注 56
!m 最佳回答　答主：木匠老蔡（从业28年）　2 天前
{BODY}
!a 赞同 204　｜　反对　｜　分享　｜　举报
!l 另有2个回答
!l 竹林七闲：我家的是泡了一晚上盐水，缝合上了
!l 匿名用户：直接退货吧，新墩子裂成这样说明没烘干
!a 注册百工问答，向手艺人提问
""",
        body="""
实木菜墩开裂，多半是干湿变化太快造成的。新墩子含水率高，洗完放在灶台边或者太阳底下，表面收缩快，就裂了。补救办法分情况：
1.细小裂纹：把墩子泡在淡盐水里一晚上，让木头吸足水，裂缝会慢慢合上。之后每次用完擦干，竖放在阴凉通风处。
2.较深的裂缝：可以在墩子侧面打一道铁箍，或者请木匠用食品级胶水填缝后压紧，晾干再用。
3.裂穿了的：建议别再切生肉，裂缝里容易藏污纳垢，改作切干货、面食的墩子。
另外提醒一句，新墩子买回来先用食用油刷一遍，再阴干几天，能少开裂。
""",
    ),
    dict(
        slug="collection-gu-shouzhuo-memoir-wooden-spools-gb2312",
        site="顾守拙文存 (invented, retired tailor's collection, old gb2312 layout)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="html",
        source="http://www.gushouzhuo.net/wencun/xiantouji/07.htm",
        title="母亲的木线轴",
        record_title="母亲的木线轴——选自《线头集》",
        date=None,
        notes="old table layout: marquee, 繁體/简体 links, chapter links, visitor counter, author's mailbox; a memoir dated "
        "only 写于 with a year (no date); the entry's short title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>母亲的木线轴——选自《线头集》</title>
<script language="JavaScript">function ftjt(){}</script>
</head><body bgcolor="#F7F3E8">
<table width="780" align="center" border="0">
<tr><td>⟦m 顾守拙文存⟧</td><td align="right">⟦a <a href="javascript:ftjt()">繁體</a> | <a href="#">简体</a>⟧</td></tr>
<tr><td colspan="2"><marquee>⟦m 欢迎光临老裁缝的小屋　本站文字皆为拙作，随写随贴⟧</marquee></td></tr>
<tr><td colspan="2">⟦m <a href="/">首页</a>　<a href="/wencun/">文存</a>　<a href="/xiantouji/">线头集</a>　<a href="/liuyan/">留言簿</a>⟧</td></tr>
<tr><td colspan="2" align="center"><font size="5"><b>{T}</b></font></td></tr>
<tr><td colspan="2" align="center">⟦m 《线头集》第七篇　作者：顾守拙⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2" align="center">⟦l 〈上一篇　顶针〉⟧　⟦l 〈目录〉⟧　⟦l 〈下一篇　熨斗里的炭〉⟧</td></tr>
<tr><td colspan="2" align="center"><hr>⟦m 来信请寄：gushouzhuo1949@example-mail.cn⟧</td></tr>
<tr><td colspan="2" align="center">⟦m 本页已被翻阅 004127 次⟧</td></tr>
</table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
母亲留下的针线笸箩里，有七只木线轴。最大的一只有拳头粗，是五十年代供销社卖的棉线轴，上面还印着半个模糊的红字。
那时候线金贵，一轴线要缝全家人一年的衣裳。母亲总是把线绕得紧紧的，用完了也不扔，拿碎线头重新缠上，留着钉扣子、缝被头。木轴子用久了，被她的手磨得发亮，像上过一层清漆。
我十六岁进县被服厂当学徒，第一次用上工业缝纫机的大锥形线筒，回家跟母亲说，厂里的线一筒就有一斤重。她听了只是笑，说：“线多了也要省着用。”
后来我做了四十年裁缝，用过的线轴数也数不清，可最舍不得的还是这七只。它们如今摆在我的书架上，每一只都缠着母亲没用完的线。
写于甲辰年冬，觥城
""",
    ),
    dict(
        slug="collection-wanfeng-memoir-hand-crank-candyfloss",
        site="晚枫文存 (invented, personal collection, text copy)",
        style="个人文集",
        genre="回忆散文",
        kind="other",
        form="text",
        source="http://wanfeng.wencun.example.net/sanwen/0213.html",
        title="八十年代的手摇棉花糖机",
        date=None,
        notes="title as the record gives it; a memoir ending with 写于二〇二三年冬 (a year only: no date); chapter links and "
        "a visitor counter; a comment-count line between paragraphs",
        page="""
!m 晚枫文存 · 散文卷
!m 首页 / 散文 / 老街旧事
{T}
!m 作者：晚枫　收入《老街旧事》
{BODY}
!l ← 前一篇：逢集　　目录　　后一篇：牙膏皮换糖 →
!m 本站文章均为晚枫原创，引用请注明出处
!m 访客计数：00052816
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
我小时候住在畚岭镇老街。每到逢集的日子，街口总会来一个推着木板车的老汉，车上架着一台手摇棉花糖机。
那机器是铁皮做的，中间一个圆锅，底下烧着一小盆木炭。老汉左手摇把，右手往锅心的小铁碗里撒一勺白糖，不一会儿，锅里就飘起一层细细的白丝。他拿根竹签在锅里转上几圈，一团比脸还大的棉花糖就成了。
⟦l （本篇已有 23 位读者留言）⟧
一个棉花糖卖五分钱，也可以拿两个鸡蛋或者一斤牙膏皮来换。我常常攥着攒了好几天的牙膏皮，在车旁一站就是半天。
后来街上有了电动的棉花糖机，插上电就能转，老汉的手摇机再也没出现过。前些年我在省博物馆的民俗展厅里，又看到了一台一模一样的，标签上写着“二十世纪八十年代，畚岭县”。我在玻璃柜前站了很久。
写于二〇二三年冬
""",
    ),
    dict(
        slug="party-hushan-summary-mahjong-to-books-table",
        site="斛山先锋网 (invented, county Party-building portal)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.hsxianfeng.gov.cn/zbjs/202412/t20241226_2231.html",
        title="垴上村党支部“麻将桌变书桌”移风易俗工作总结",
        record_title="【支部耕耘】垴上村党支部“麻将桌变书桌”移风易俗工作总结_斛山先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes="Party portal: study-points prompt, read-on-phone QR line, column list; a data table (one row a paragraph, "
        "cells apart by ideographic spaces); 成文日期 under the signature vs the posting date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【支部耕耘】垴上村党支部“麻将桌变书桌”移风易俗工作总结_斛山先锋网</title>
<script src="/js/jifen.js"></script>
</head><body>
<div class="head">⟦m 斛山先锋网⟧ <span>⟦m 中共斛山县委组织部主办⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 党建要闻⟧</li><li>⟦m 支部建设⟧</li><li>⟦m 先锋风采⟧</li><li>⟦m 党员教育⟧</li></ul>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 支部建设⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布时间：2024-12-26　来源：湴田乡党委　作者：包红梅⟧</p>
<p class="jf">⟦a 阅读满2分钟可获学习积分1分⟧</p>
<div class="txt">
{BODY}
</div>
<p class="sj">⟦a 用手机扫一扫，在手机上阅读本文⟧</p>
</div>
<div class="rel"><h4>⟦l 支部建设·推荐阅读⟧</h4><ul><li>⟦l 湴田乡“红色理事会”助推移风易俗⟧</li><li>⟦l 村级农家书屋提升行动见成效⟧</li></ul></div>
<div class="foot">⟦m 斛山先锋网　版权所有　赣ICP备10021547号-4⟧<br>⟦m 地址：斛山县府前路1号　邮编：332700⟧</div>
</body></html>
""",
        body="""
今年以来，垴上村党支部针对村里麻将馆多、赌博风气抬头的问题，开展“麻将桌变书桌”移风易俗行动，取得了初步成效。
一、摸清底数。支部党员分片入户走访，全村原有经营性麻将馆9家、自动麻将机41台，其中6家存在深夜营业、小额赌博现象。
二、疏堵结合。对6家问题麻将馆，联合派出所依法整治；同时引导其中3家转型，把麻将机搬走，改办农家书屋、老年活动室和儿童托管点。
三、党员带头。全体党员签订承诺书，带头不进麻将馆、不参与赌博。
主要数据如下：
项目　年初　年底
经营性麻将馆（家）　9　3
自动麻将机（台）　41　12
农家书屋借阅（人次）　320　1860
下一步，支部将继续办好“周末读书会”，让健康文明的生活方式在垴上村扎根。
垴上村党支部
2024年12月20日
""",
    ),
    dict(
        slug="party-gongcheng-speech-copper-pot-alliance-cn-date",
        site="觥城红色阵地 (invented, district Party-building site, text copy)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.gchongse.cn/jh/2024/1209/1456.html",
        title="在鏊山街道“铜锅红”党建品牌联盟成立大会上的讲话",
        record_title="【党建品牌建设】在鏊山街道“铜锅红”党建品牌联盟成立大会上的讲话 - 觥城红色阵地",
        date="2024-12-06",
        notes="speech: speaker line and a Chinese-numeral date under the title (both neutral), the date taken from it; "
        "a study-points line glued before a paragraph; numbered points",
        page="""
!m 觥城红色阵地
!m 首页 » 领导讲话
!t 【党建品牌建设】在鏊山街道“铜锅红”党建品牌联盟成立大会上的讲话
!m 来源：鏊山街道党工委　浏览：611
{T}
鏊山街道党工委书记　温振邦
（二〇二四年十二月六日）
{BODY}
!a 【打印】【关闭】【收藏本页】
!l 相关：鏊山街道商圈党建工作经验交流材料 | 党建引领老街治理调研报告
!m 觥城区委组织部主办　　赣ICP备12004796号
""",
        body="""
同志们：
今天，我们在这里召开“铜锅红”党建品牌联盟成立大会，街道辖区18家铜火锅店、2家锅具作坊和3个社区党组织正式结成联盟。这是我们推动党建引领商圈治理的一次新探索。
鏊山老街的铜火锅远近闻名，但过去一些店铺各自为战，存在占道经营、油烟扰民、炭火安全隐患等问题。联盟成立后，要重点做好三件事：
一是共守安全底线。各店统一配备一氧化碳报警器，党员店长每周互查一次炭火和燃气安全。
⟦a 〔学习强基〕本文可计入党员学习时长⟧二是共创服务品牌。推行明码标价、公筷公勺，设立党员示范岗，让顾客吃得放心、舒心。
三是共担社会责任。每家店每月至少为辖区困难老人提供一次爱心餐，吸纳就业困难人员就业。
同志们，一口铜锅连着千家万户。希望大家把联盟建好、用好，让“铜锅红”成为鏊山街道的一张新名片！
""",
    ),
    dict(
        slug="hospital-penjiang-second-burns-candyfloss-children",
        site="湓江市第二人民医院 (invented, hospital site)",
        style="医院官网",
        genre="健康科普",
        kind="other",
        form="html",
        source="https://www.pjey.com.cn/kepu/shaoshang/2025/0529/1902.html",
        title="孩子被棉花糖机烫伤手指，第一时间该怎么做？",
        record_title="【烧伤科普】孩子被棉花糖机烫伤手指，第一时间该怎么做？ - 湓江市第二人民医院",
        date="2025-05-29",
        notes="hospital page: booking float, 24-hour line, experts list; numbered steps; the department's own 咨询电话 "
        "beside the hospital's booking and emergency lines; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【烧伤科普】孩子被棉花糖机烫伤手指，第一时间该怎么做？ - 湓江市第二人民医院</title>
<script src="/js/float.js"></script>
</head><body>
<div class="top">⟦m 湓江市第二人民医院⟧ <span>⟦m 三级综合医院　湓江大学附属医院⟧</span></div>
<ul class="nav"><li>⟦m 医院概况⟧</li><li>⟦m 科室导航⟧</li><li>⟦m 专家介绍⟧</li><li>⟦m 就医指南⟧</li><li>⟦m 健康科普⟧</li></ul>
<div class="where">⟦m 首页 &gt; 健康科普 &gt; 烧伤整形⟧</div>
<div class="news">
<h1>{T}</h1>
<p class="sub">⟦m 发布时间：2025-05-29 10:05　作者：烧伤整形科 龚瑞　点击：2318⟧</p>
<div class="body">
{BODY}
</div>
<p class="rp">⟦d 本文仅作健康科普，不能代替面诊，身体不适请及时就医⟧</p>
</div>
<div class="side"><h4>⟦l 烧伤整形科专家⟧</h4><p>⟦l 龚瑞　主任医师　周二、周四上午⟧</p><p>⟦l 汪启明　副主任医师　周一全天⟧</p></div>
<div class="float">⟦a 预约挂号⟧ ⟦m 预约电话：0793-8260114⟧</div>
<div class="foot">⟦m 急诊24小时值班电话：0793-8260120⟧<br>⟦m 地址：湓江市觥城区滨江北路207号　赣ICP备08003619号⟧</div>
</body></html>
""",
        body="""
“六一”前后，商场、公园里的棉花糖机格外受孩子欢迎。我院烧伤整形科近一个月已接诊7名被棉花糖机烫伤的儿童，多数是伸手去抓转盘里的糖丝，被加热盘或高温糖浆烫伤手指。
棉花糖机加热盘温度可达200℃左右，熔化的糖浆黏在皮肤上不易脱落，烫伤往往比开水更深。孩子一旦被烫伤，家长应立即做到：
1.冲：用流动的凉水冲洗伤处15至30分钟，不要用冰块直接敷。
2.脱：轻轻取下戒指等饰物，黏在皮肤上的糖块不要硬撕。
3.盖：用干净的纱布或保鲜膜轻轻覆盖。
4.送：尽快到医院烧伤科就诊。
切勿涂抹牙膏、酱油、草木灰等。
烧伤整形科门诊：门诊楼四楼东区，咨询电话：0793-8263347（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="hospital-duanxi-tcm-notice-antibacterial-blocks",
        site="塅溪县中医院 (invented, text copy)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dxzyy.cn/hqbz/2025/0516/733.html",
        title="关于营养食堂更换抗菌菜墩并实行分色管理的通知",
        record_title="关于营养食堂更换抗菌菜墩并实行分色管理的通知_后勤动态_塅溪县中医院",
        date="2025-05-15",
        notes="hospital notice: the canteen's own 联系人/电话 (with an internal line) beside the hospital's emergency and "
        "booking lines; a floating consult prompt between paragraphs; 成文日期 under the signature",
        page="""
!m 塅溪县中医院　国家二级甲等中医医院
!m 预约挂号：0793-5570100　　急诊急救：0793-5570120
!m 首页 > 新闻中心 > 后勤动态
{T}
!m 发布：后勤保障部　2025-05-16　浏览 296
{BODY}
!l 上一篇：我院开展夏季防暑降温用品发放工作
!l 下一篇：关于门诊楼电梯检修期间暂停使用的通知
!m 塅溪县中医院　地址：塅溪县城关镇杏林路9号
!m 赣ICP备11002583号
""",
        date_also=["2025-05-16"],
        body="""
各科室、营养食堂：
为落实医院感染防控要求，保障患者和职工饮食安全，医院决定自5月20日起对营养食堂菜墩进行全面更换，现将有关事项通知如下：
一、营养食堂原有木质菜墩全部停用，更换为抗菌聚乙烯菜墩，按生肉、水产、蔬果、熟食四类分色使用，治疗饮食配制间单独配备。
二、菜墩每次使用后用洗涤剂刷洗，每日收工后用含氯消毒液浸泡30分钟，消毒记录由食堂班长签字。
⟦w 在线问诊：关注“塅溪中医”服务号，医生10分钟内回复⟧
三、院感科每月对菜墩表面进行一次采样检测，结果在院内通报。
四、更换期间如影响送餐，请各病区提前与营养食堂联系，联系人：鲍晓丽，电话：0793-5570216（内线6216）。
塅溪县中医院后勤保障部
2025年5月15日
""",
    ),
    dict(
        slug="university-penjiang-textile-paper-spool-award-h1",
        site="湓江纺织职业技术学院 (invented, college news page)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.pjfzxy.edu.cn/xwzx/xyxw/2025/0519/5538.html",
        title="我校学生设计的可降解纸质线轴获全省大学生工业设计大赛金奖",
        record_title=None,
        record_date="2025-05-19",
        date="2025-05-19",
        notes="college news page: no title in the record (the <h1>); the record gives the date; a dotted date line, "
        "a contributor/photo line, prev/next links, quick links in the footer",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>湓江纺织职业技术学院-校园新闻</title>
<script src="/_js/_portletPlugs/sudyNavi/jquery.sudyNav.js"></script>
</head><body>
<div class="header">⟦m 湓江纺织职业技术学院⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 校园邮箱⟧</a> <a>⟦a 英文版⟧</a></div>
<ul class="menu"><li>⟦m 学校概况⟧</li><li>⟦m 院系设置⟧</li><li>⟦m 招生就业⟧</li><li>⟦m 校园新闻⟧</li></ul>
<div class="path">⟦m 首页 &gt; 新闻中心 &gt; 校园新闻⟧</div>
<div class="article">
<h1 class="arti_title">{T}</h1>
<p class="arti_metas">⟦m 2025.05.19　浏览：1566　来源：纺织工程学院⟧</p>
<div class="wp_articlecontent">
{BODY}
</div>
<p class="by">⟦m （纺织工程学院 供稿　图/文 万书宁　审核 汤一鸣）⟧</p>
</div>
<div class="nearby">⟦l 上一条：我校举行第二十届运动会开幕式⟧<br>⟦l 下一条：学校召开2025届毕业生就业工作推进会⟧</div>
<div class="footer">⟦m 快速链接：教务系统 | 图书馆 | 校历 | 办公电话⟧<br>⟦m 版权所有 © 湓江纺织职业技术学院　赣ICP备05009927号⟧</div>
</body></html>
""",
        body="""
5月17日，第九届全省大学生工业设计大赛决赛落幕。我校纺织工程学院“绿纱”团队设计的可降解纸质线轴，从312件参赛作品中脱颖而出，获得产品设计类金奖。
纺织厂每天要用掉大量塑料线轴，回收难、易破损。团队成员在企业实习时注意到这一问题，用了八个月时间反复试验，以再生纸浆为原料，在线轴内壁加入竹纤维加强筋，使线轴的抗压强度达到塑料线轴的九成，成本却低了约15%，用后可直接粉碎回收。
指导老师蔡明远介绍，目前已有两家本地纺纱企业与团队签订试用协议，首批2万只纸质线轴正在试生产。
""",
    ),
    dict(
        slug="university-jiyuan-notice-dorm-electric-hotpot",
        site="嵴源学院 (invented, university notice, text copy)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://xgb.jiyuan-univ.edu.cn/tzgg/2024/1106/2207.htm",
        title="关于严禁在学生宿舍使用电火锅等违规电器的通知",
        record_title="关于严禁在学生宿舍使用电火锅等违规电器的通知-学生工作部（处）-嵴源学院",
        date="2024-11-06",
        notes="university notice: a sentence telling students to 扫描二维码 to report is content; the student-affairs "
        "department is also the signature (the site line names it with the college, so no clash); 成文日期 under the "
        "signature",
        page="""
!m 嵴源学院学生工作部（处）
!m 首页 | 部门概况 | 通知公告 | 学生资助 | 心理健康
!m 当前位置：通知公告
{T}
!m 作者：宿管中心　时间：2024-11-06　点击：2904
!a [打印该页] [关闭]
{BODY}
!l 上一篇：关于2024年冬季学生宿舍安全检查的安排
!l 下一篇：关于开展“文明宿舍”评选活动的通知
!m 嵴源学院学生工作部（处）　电话：0793-7731020　地址：行政楼305室
""",
        body="""
各学院，全体学生：
近期，学校在宿舍安全检查中发现，部分学生在宿舍使用电火锅、电煮锅等大功率电器，个别宿舍因此跳闸断电。宿舍楼线路负荷有限，使用电火锅极易引发电气火灾。为确保学生生命财产安全，现就有关事项通知如下：
一、严禁在宿舍使用电火锅、电热杯、电热毯等大功率电器，已购买的请于11月15日前自行带离宿舍或交宿管中心代为保管。
二、学生工作部将联合保卫处开展不定期检查，查获的违规电器一律暂扣，学期末由本人领回，并视情节给予通报批评。
三、同学们发现违规用电行为，可扫描宿舍楼道张贴的二维码匿名反映。
四、想吃火锅的同学，可到第二食堂二楼火锅档口就餐。
学生工作部（处）
2024年11月6日
""",
    ),
]
