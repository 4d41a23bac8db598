"""holdout254, part F: hospitals, universities, residents' sites, training schools, print
views and forwarded mails. Every case written by hand; all places, people, firms, sites,
URLs and numbers are invented. See ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="hospital-xichuan-article-pistol-tinnitus-booking-float",
        site="熹川县人民医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="news",
        form="html",
        source="https://www.xcxrmyy.cn/jkkp/2025/0415/1902.html",
        title="发令枪响后耳鸣不止？医生提醒做好听力防护",
        record_title="耳朵健康｜发令枪响后耳鸣不止？医生提醒做好听力防护 - 熹川县人民医院",
        date="2025-04-15",
        notes="a county hospital with a booking float, a 24-hour line and an experts list; the department's own 咨询电话 "
        "in the body; the byline's 发布时间 is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>耳朵健康｜发令枪响后耳鸣不止？医生提醒做好听力防护 - 熹川县人民医院</title>
<script src="/js/yy-main.js"></script>
</head><body>
<div class="yy-top">⟦m 熹川县人民医院 · 二级甲等综合医院⟧ <span>⟦m 24小时急救：0739-6385120⟧</span></div>
<div class="yy-nav">⟦m 首页　医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<div class="yy-crumb">⟦m 当前位置：首页 › 健康科普⟧</div>
<div class="yy-art">
<h1>{T}</h1>
<div class="yy-meta">⟦m 发布时间：2025-04-15　来源：耳鼻咽喉科　点击：764⟧</div>
{BODY}
</div>
<div class="yy-side"><h3>⟦l 耳鼻咽喉科专家⟧</h3><ul><li>⟦l 鞠晏清　主任医师　周二、周四上午⟧</li><li>⟦l 宁可溪　副主任医师　周一全天⟧</li></ul></div>
<div class="yy-float">⟦a 预约挂号 ›⟧<br>⟦m 挂号专线 0739-6385000⟧</div>
<div class="yy-foot">⟦m 熹川县人民医院　地址：熹川县滨江西路100号　湘ICP备12008836号⟧</div>
</body></html>
""",
        body="""
每年春秋季运动会，学校的发令员和站在起跑线附近的学生，常常会出现短时间的耳鸣、耳闷。县人民医院耳鼻咽喉科主任鞠晏清提醒，发令枪近距离击发时声音可达一百三十分贝以上，长期近距离接触，可能造成噪声性听力损伤。
鞠晏清介绍，发令员应佩戴耳塞，击发时手臂伸直上举，让枪口尽量远离耳朵；学生候跑时应与发令员保持五米以上距离。如果听到枪声后出现持续耳鸣、听力下降，超过二十四小时仍未缓解，应及时到医院就诊，不要等待自愈。
此外，学校可以优先选用电子发令设备，既能减少噪声，又能避免火药带来的安全隐患。
耳鼻咽喉科咨询电话：0739-6385512（工作日8:00—17:30）
""",
    ),
    dict(
        slug="hospital-xichuan-text-notice-ward-ladles-record",
        site="熹川县人民医院 (invented, text copy)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xcxrmyy.cn/ywgk/tzgg/2025/0311/1877.html",
        title="关于病区开水间停止使用公用水瓢的通知",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="title and date given by the record; a hospital notice as text with the booking and 24-hour lines in the "
        "page's head and foot; a numbered notice with a department's signature",
        page="""
!m 熹川县人民医院
!m 预约挂号：0739-6385000　　24小时急救：0739-6385120
!m 院务公开 > 通知公告
{T}
!m 发布部门：医院感染管理科　　浏览：409
{BODY}
!a 【打印本页】　【返回列表】
!m 熹川县人民医院版权所有　技术支持：熹川云医网络
""",
        indent="\u3000\u3000",
        body="""
各病区、各科室：
近期院感科在督查中发现，部分病区开水间仍放置公用水瓢，供患者和陪护人员从保温桶中舀取开水，存在交叉感染和烫伤隐患。为加强医院感染管理，现通知如下：
一、自3月15日起，各病区开水间一律撤除公用水瓢，统一改用带龙头的电开水器。
二、暂未更换开水器的病区，由后勤保障科于3月14日前完成安装。
三、各病区护士长要向患者和陪护人员做好解释，提醒自备水杯接水，注意防烫。
四、院感科将不定期抽查，检查结果纳入科室质量考核。
医院感染管理科
2025年3月11日
""",
    ),
    dict(
        slug="university-shanligong-news-student-scoreboard-h1",
        site="珊阳理工学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.sylg.edu.cn/info/1021/18830.htm",
        title="学生团队自主研发的智能记分牌亮相校运会",
        record_title=None,
        date="2025-11-08",
        notes="no record title: the news page's <h1> is the title; a university news page with a photo caption between "
        "paragraphs and a 文/图/编辑 line glued after the last paragraph; a dotted date line is the page's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>珊阳理工学院新闻网</title>
<link rel="stylesheet" href="/style/sylg-news.css">
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="sl-head">⟦m 珊阳理工学院新闻网⟧ <span>⟦m 厚德 · 笃行 · 求是 · 创新⟧</span></div>
<div class="sl-nav">⟦m 学校首页　综合新闻　教学科研　校园文化　媒体理工　图片新闻⟧</div>
<div class="sl-pos">⟦m 当前位置：新闻网 >> 校园文化 >> 正文⟧</div>
<div class="sl-art">
<h1>{T}</h1>
<div class="sl-date">⟦m 2025.11.08　点击：<span>1620</span>⟧</div>
{BODY}
</div>
<div class="sl-rel">⟦l 【相关阅读】学校第六十二届田径运动会隆重开幕⟧</div>
<div class="sl-foot">⟦m 珊阳理工学院党委宣传部　版权所有　地址：珊阳市鹱城区学苑大道1号⟧</div>
</body></html>
""",
        body="""
11月7日，在学校第六十二届田径运动会上，一块由学生团队自主研发的智能记分牌吸引了不少师生驻足。
⟦m 图为智能记分牌在运动会现场实时更新成绩。⟧
这块记分牌由电子信息工程学院“跃动”创新团队历时八个月研制，可通过手机小程序实时录入成绩，自动生成各院系团体总分排名，并同步显示在看台大屏上。“以前成绩要靠人工汇总，往往要等半小时才能公布，现在几秒钟就能更新。”团队负责人、大三学生岑若溪介绍。
据悉，该作品已获得今年省大学生电子设计竞赛二等奖，团队正与学校体育部合作，计划在明年的篮球联赛中推广使用。⟦m （文/图：学生记者 鄢小禾　编辑：柯映雪　审核：蒯文远）⟧
""",
    ),
    dict(
        slug="university-shanligong-text-rules-equipment-loans",
        site="珊阳理工学院体育部 (invented, text copy)",
        style="高校官网",
        genre="制度",
        kind="other",
        form="text",
        source="https://tyb.sylg.edu.cn/gzzd/0917.htm",
        title="珊阳理工学院体育部体育器材借用管理规定",
        record_title="珊阳理工学院体育部体育器材借用管理规定-管理文件-体育部-珊阳理工学院",
        date=None,
        notes="a department page as text; the record title carries column, department and school suffixes; 第N条 "
        "articles, one on starting pistols; rules with only an effective clause (no date)",
        page="""
!m 珊阳理工学院 · 体育部
!m 首页 » 规章制度
{T}
!m 作者：体育部　点击数：213
{BODY}
!l 上一条：体育场馆开放与预约办法
!l 下一条：学生体育社团管理细则
!m 体育部办公室电话：0736-2269114　地址：北区体育馆一楼
""",
        indent="\u3000\u3000",
        body="""
第一条 为规范体育器材借用管理，保障教学、训练和比赛需要，制定本规定。
第二条 校内各单位和学生社团借用体育器材，须提前两个工作日在体育部器材室登记，写明用途、数量和归还时间。
第三条 发令枪、发令弹、标枪、铅球等器材不对学生个人出借，确需使用的，由体育部派教师随器材到场，使用完毕当场收回。
第四条 借用器材应妥善使用，如有损坏或丢失，按原价赔偿。
第五条 器材借用期限一般不超过三天，比赛用器材可延长至赛事结束。
第六条 本规定由体育部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="community-yaoxi-notice-ladle-workshop-scan-signup",
        site="窈溪社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yaoxishequ.cn/tzgg/2025-05-20-63.html",
        title="关于举办“老手艺·新生活”葫芦水瓢手作课的通知",
        record_title="【邻里课堂】关于举办“老手艺·新生活”葫芦水瓢手作课的通知 - 窈溪社区网",
        date="2025-05-20",
        notes="a residents' site with a weather line, a grid member's box and a property duty line beside the "
        "community's own 咨询电话; a sentence telling residents to scan a QR code; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【邻里课堂】关于举办“老手艺·新生活”葫芦水瓢手作课的通知 - 窈溪社区网</title>
<script src="/js/sq.js"></script>
</head><body>
<div class="sq-top">⟦m 窈溪社区网 · 我们的家园⟧ <span>⟦m 今天 晴 18~27℃ 空气良⟧</span></div>
<div class="sq-nav">⟦m 首页　社区公告　邻里课堂　便民服务　志愿者之家⟧</div>
<div class="sq-main">
<h1>{T}</h1>
<div class="sq-meta">⟦m 社区居委会　围观 287⟧</div>
{BODY}
<div class="sq-like">⟦l 👍 点赞 41　💬 留言 6⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 本楼栋网格员：温晓禾　138 0736 5521⟧</div>
<div class="wy">⟦m 物业24小时值班：0736-2217400⟧</div>
</div>
<div class="sq-foot">⟦m 窈溪社区居民委员会主办⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为丰富社区居民文化生活，传承乡土手艺，窈溪社区新时代文明实践站将于5月31日（周六）上午9:00在社区活动中心二楼举办“老手艺·新生活”葫芦水瓢手作课。
本次活动邀请蝶口镇葫芦瓢制作艺人匡守田师傅现场教学，居民可以亲手完成一只葫芦水瓢的开瓢、刮瓤和打磨，作品可带回家使用。
活动名额30个，材料免费提供，优先面向社区老年居民和亲子家庭。有意参加的居民请扫描社区公告栏上的二维码报名，报满即止。
咨询电话：0736-2217390（社区办公室）
窈溪社区居民委员会
2025年5月20日
""",
    ),
    dict(
        slug="community-yaoxi-text-pledge-pingpong-corner-bats",
        site="窈溪社区网 (invented, text copy)",
        style="社区网站",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://www.yaoxishequ.cn/lljt/2025-06-03-71.html",
        title="关于文明使用社区乒乓角的倡议",
        notes="title given by the record; a residents' page as text with a comment count and a volunteer sign-up "
        "prompt; a 'join the volunteers' line between paragraphs; 成文日期 under the signature",
        date="2025-06-03",
        page="""
!m 窈溪社区网 · 我们的家园
!m 社区公告 / 邻里公约
{T}
!m 社区居委会　围观 352
{BODY}
!l 留言（12）　|　写下你的想法…
!a 加入窈溪志愿者，扫码登记
!m 窈溪社区居民委员会主办
""",
        body="""
亲爱的居民朋友们：
社区乒乓角自去年建成以来，成了大家健身交流的好去处。但最近有居民反映，公用乒乓球拍经常被带走不还，球台上有人坐卧、摆放杂物，晚上十点后仍有打球声影响休息。为此，我们倡议：
一、爱护公用器材。公用球拍用后放回器材柜，损坏的及时告知社区，不私自带走。
⟦a 〖乒乓角守护队招募中，报名找居委会〗⟧
二、遵守开放时间。乒乓角每天开放时间为6:00至21:30，请合理安排，不影响他人休息。
三、文明有序打球。排队轮换，礼让老人和孩子，不在球台上坐卧、晾晒衣物。
愿每位居民都做文明健身的参与者和维护者！
窈溪社区居民委员会
2025年6月3日
""",
    ),
    dict(
        slug="training-yinpai-brochure-summer-pingpong-course-table",
        site="银拍乒乓球俱乐部 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yinpaipp.com/zs/2025shuqi.html",
        title="银拍乒乓球俱乐部2025年少儿暑期班招生简章",
        record_title="【暑假集训】银拍乒乓球俱乐部2025年少儿暑期班招生简章（小班12人满即止）- 银拍乒乓",
        date=None,
        notes="a training school with a promo banner and a consult float; a course table (one row a paragraph); the "
        "club's own 报名电话 beside a 400 franchise line; a year in the title only (no date)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【暑假集训】银拍乒乓球俱乐部2025年少儿暑期班招生简章（小班12人满即止）- 银拍乒乓</title>
<script src="/static/yp.js"></script>
</head><body>
<div class="yp-promo">⟦a 暑期早鸟价：7月1日前报名立减200元，点此抢位⟧</div>
<div class="yp-head">⟦m 银拍乒乓 · 小球大梦想⟧ <span>⟦m 加盟合作：400-658-3320⟧</span></div>
<div class="yp-nav">⟦m 首页　课程体系　教练团队　学员风采　招生简章　联系我们⟧</div>
<div class="yp-art">
<h1>⟦t 【暑假集训】银拍乒乓球俱乐部2025年少儿暑期班招生简章（小班12人满即止）⟧</h1>
<h2>{T}</h2>
{BODY}
</div>
<div class="yp-float">⟦w 课程顾问在线 · 微信 yinpai_pp01⟧</div>
<div class="yp-foot">⟦m 银拍乒乓球俱乐部　湘ICP备23004417号⟧</div>
</body></html>
""",
        body="""
银拍乒乓球俱乐部2025年暑期班开始报名啦！俱乐部由原省队运动员领衔执教，开设启蒙班、提高班两个班型，小班教学，每班不超过12人。
班型　年龄　课时　费用
启蒙班　5至7岁　20课时　1600元
提高班　8至12岁　24课时　2200元
课程内容包括握拍、步法、正反手攻球和发球等基本技术。启蒙班学员由俱乐部免费提供训练用球拍，提高班学员建议自备成品拍，教练可协助选拍。
上课地点：鹱城区文体中心三楼乒乓球馆。
报名电话：0736-2258461（俱乐部前台）
""",
    ),
    dict(
        slug="training-shanyang-text-insight-starter-course",
        site="珊阳体育培训中心 (invented, text copy)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.sytypx.cn/xysy/2025/1104.html",
        title="参加田径发令员培训班的几点体会",
        record_title="【学员感悟】参加田径发令员培训班的几点体会 - 珊阳体育培训中心",
        date=None,
        notes="a trainee's reflection on a training centre's page as text; a course ad between paragraphs and a "
        "sign-up prompt at the bottom; no date",
        page="""
!m 珊阳体育培训中心 · 裁判员 · 社会体育指导员 · 教练员
!m 学员心声
!t 【学员感悟】参加田径发令员培训班的几点体会
!m 学员：邬小川　阅读 158
{BODY}
!a 下期田径裁判员培训班火热报名中，点击了解
!m 咨询报名：0736-2241807
""",
        indent="\u3000\u3000",
        body="""
上周，我参加了市体育培训中心举办的田径裁判员（发令员）培训班。三天的课程不长，却让我对“发令”这件事有了全新的认识。
过去我总觉得，发令就是喊口令、扣扳机，谁都能干。培训第一天，老师就给我们放了一段比赛录像：因为发令员口令节奏不稳，一组运动员连续两次抢跑，整场比赛推迟了二十分钟。
⟦a 【课程推荐】游泳救生员初级班，周末班可选⟧
培训中，我们练得最多的是口令节奏。“各就位”之后要等运动员全部静止，“预备”之后停顿要稳定，不能让运动员猜到枪响的时机。
我们还学习了发令枪的检查、装弹、退弹和哑火处理，以及电子发令设备的操作。最后一天的实操考核，我在第三次才通过。
这次培训让我明白，一声枪响背后，是对规则的敬畏和对运动员的尊重。
""",
    ),
    dict(
        slug="print-fuxi-bulletin-equipment-check-print-footer",
        site="琈溪教育网 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://jyj.fuxi.gov.cn/print.jsp?id=6388",
        title="关于全县中小学体育器材安全检查情况的通报",
        record_title="关于全县中小学体育器材安全检查情况的通报（A4打印版）- 琈溪县教育局",
        date="2025-09-26",
        notes="a print view calling window.print(): a print/close row, the page URL line and a print footer; a bulletin "
        "on leaning scoreboards with an 抄送 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于全县中小学体育器材安全检查情况的通报（A4打印版）- 琈溪县教育局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 【立即打印】　【关闭此窗口】⟧</div>
<div class="pr-head">⟦m 琈溪县教育局 · 打印预览⟧</div>
<div class="pr-url">⟦m 页面地址：http://jyj.fuxi.gov.cn/tzgg/2025/0926/6388.html⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pr-foot">⟦p ⌂ 第1页 · 共1页 ⌂⟧</div>
</body></html>
""",
        body="""
各中小学校：
9月中旬，县教育局组织对全县42所中小学校的体育器材进行了安全检查。现将检查情况通报如下：
一、总体情况。多数学校能落实器材定期检查制度，篮球架、足球门等大型器材固定牢靠。
二、存在问题。检查发现，5所学校的户外记分牌支架锈蚀、底座螺栓松动，其中琈溪县第二小学操场记分牌已明显倾斜；3所学校单杠、双杠表面开裂；部分学校器材检查记录不全。
三、整改要求。存在问题的学校要于10月10日前完成整改，对不能及时修复的记分牌先行拆除或设置警示隔离，整改情况书面报县教育局体卫艺股。
琈溪县教育局
2025年9月26日
抄送：琈溪县教育督导室。
""",
    ),
    dict(
        slug="print-gutang-text-rules-canteen-ladles-print-footer",
        site="鸪塘镇中心小学校园网 (invented, print view as text)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.gtzx.pianling.edu.cn/print.asp?id=344",
        title="鸪塘镇中心小学食堂舀水器具清洗消毒规定",
        record_title="鸪塘镇中心小学食堂舀水器具清洗消毒规定 [打印本文]",
        date=None,
        notes="a print view as text: the print stamp at the top (no date), a print footer at the end; numbered rules on "
        "colour-coded ladles; no date",
        page="""
!m 鸪塘镇中心小学 · 校园网 · 打印文稿
!m 打印时间：刚刚　　打印人：游客
{T}
{BODY}
!p ⬜ 第 1 页 · 共 1 页 ⬜
""",
        indent="\u3000\u3000",
        body="""
为保障师生饮食安全，规范食堂水瓢、汤勺等舀水舀汤器具的清洗消毒，制定本规定。
一、食堂水瓢、汤勺按用途分为生料、熟食、饮用水三类，分别用红、绿、蓝三种颜色标识，不得混用。
二、每餐使用后，器具先用清水冲去残渣，再用洗涤剂刷洗，清水冲净后放入消毒柜，温度不低于120℃，时间不少于15分钟。
三、消毒后的器具放入保洁柜存放，保洁柜每日擦拭一次。
四、器具出现裂纹、变形的应立即更换，塑料水瓢每学期至少更换一次。
五、食堂管理员每日检查一次清洗消毒记录，发现问题及时纠正。
""",
    ),
    dict(
        slug="mail-webmail-letter-order-electronic-pistols-attachment-bar",
        site="熹川县政务邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xichuan.gov.cn/read?mid=ZC4217-0605",
        title="关于订购田径比赛电子发令枪的函",
        record_title="Fwd: 【请审】关于订购田径比赛电子发令枪的函",
        date="2025-06-04",
        date_also=["2025-06-05"],
        notes="a webmail reading view: folder list, forwarded header, mail headers with the send time (differs from the "
        "成文日期), an attachment bar above the letter's own 附件 list; the letter's own 联系人/电话",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Fwd: 【请审】关于订购田径比赛电子发令枪的函 - 熹川县政务邮箱</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 熹川县政务邮箱⟧ <span>⟦m tyzx_bgs@xichuan.gov.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-folders"><ul><li>⟦l 收件箱（12）⟧</li><li>⟦l 草稿箱⟧</li><li>⟦l 已发送⟧</li><li>⟦l 通讯录⟧</li></ul></div>
<div class="wm-read">
<div class="wm-btns">⟦a 回复　回复全部　转发　删除　标为未读⟧</div>
<h2>⟦t Fwd: 【请审】关于订购田径比赛电子发令枪的函⟧</h2>
<table class="wm-hd">
<tr><td>⟦m 发件人：焦远帆 &lt;jiaoyf@xichuan.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：体育中心办公室 &lt;tyzx_bgs@xichuan.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年6月5日（星期四）上午10:12⟧</td></tr>
</table>
<div class="wm-att">⟦a 附件 2 个：订购清单.xlsx (9K)　送货信息.docx (15K)　全部打包下载⟧</div>
<div class="wm-body">
<p>⟦m 主任：函稿已按您的意见改好，请审定后盖章发出。——焦远帆⟧</p>
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
</div>
<div class="wm-foot">⟦d 政务邮箱严禁传输涉密信息⟧</div>
</body></html>
""",
        body="""
珊阳迅达体育器材有限公司：
我中心拟为县体育场购置电子发令枪及配套设备，经比较，拟向贵公司订购下列产品：电子发令枪（含召回功能）2套，无线扬声器8台，充电底座2个。
请贵公司于6月20日前将货物送至熹川县体育场器材库，并随货提供产品合格证、使用说明书和一年质保承诺。货到验收合格后，我中心按合同约定支付货款。
附件：1.订购清单
2.送货地址及收货人信息
联系人：焦远帆　电话：0739-6322087
熹川县体育中心
2025年6月4日
""",
    ),
    dict(
        slug="mail-text-forwarded-notice-staff-pingpong-match",
        site="forwarded mail (invented, text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:gszrzy-all@gszrzy.cn?msg=20250422-0940",
        title="关于举办2025年机关职工乒乓球比赛的通知",
        record_title="转发：关于举办2025年机关职工乒乓球比赛的通知",
        date="2025-04-21",
        date_also=["2025-04-22"],
        notes="a forwarded mail as text: the forwarder's note, forwarded headers with a send date (differs from the "
        "成文日期), the mail's attachment line beside the notice's own 附件 line; the notice's own 联系人/电话",
        page="""
!m 发件人：局办公室 顾小满 <gu_xm@gszrzy.cn>
!m 收件人：全体干部职工 <gszrzy-all@gszrzy.cn>
!t 主题：转发：关于举办2025年机关职工乒乓球比赛的通知
!a 附件：报名表.xlsx（12K）
!m 各位同事：转发局工会通知，欢迎大家踊跃报名。——办公室 小顾
!m ---------- Forwarded message ----------
!m 发件人：局工会 <gonghui@gszrzy.cn>
!m 日期：2025年4月22日 周二 09:40
!m 主题：关于举办2025年机关职工乒乓球比赛的通知
{BODY}
!d 此邮件由羾水县自然资源局内部邮件系统发送，如误收请删除。
""",
        body="""
各科室、各基层所：
为丰富职工业余文化生活，局工会定于5月16日至17日在局职工活动中心举办机关职工乒乓球比赛。现将有关事项通知如下：
一、比赛项目：男子单打、女子单打、混合双打。
二、参赛办法：每个科室、基层所限报男女运动员各2名，混双1对。运动员自备球拍，比赛用球由工会提供。
三、报名时间：请于5月8日前将报名表报局工会办公室。
附件：职工乒乓球比赛报名表
联系人：麻晓鸥　电话：0745-7631206
羾水县自然资源局工会委员会
2025年4月21日
""",
    ),
]
