"""holdout248, part E: education portals, colleges, exam sites, training schools, associations, companies.

Written by hand for this part only; every place, person, firm, site, URL, phone and id is
invented. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="edu-wanshan-notice-rubber-boots-boarding-schools",
        site="箢山县教育体育局网站 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.wanshan.example.gov.cn/tzgg/202404/t20240424_3316.html",
        title="关于为山区寄宿制学校学生配发雨季防滑胶鞋的通知",
        record_title="关于为山区寄宿制学校学生配发雨季防滑胶鞋的通知_学校后勤_箢山县教育体育局",
        date="2024-04-22",
        date_also=["2024-04-24"],
        notes="education portal: listen/large-print links, an attachment download link next to the notice's own "
        "附件 list, the bureau's contact and mailbox beside the site's technical line; the portal's date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为山区寄宿制学校学生配发雨季防滑胶鞋的通知_学校后勤_箢山县教育体育局</title>
<script src="/js/jquery-3.6.min.js"></script>
<script src="/js/site.js"></script>
</head>
<body>
<div class="ed-top">⟦m 箢山县教育体育局⟧ <span>⟦a 听读本文 ｜ 加大字号 ｜ 简/繁切换⟧</span></div>
<div class="ed-nav">⟦m 首页　教育要闻　通知公告　政务公开　学校后勤　招生考试　教研天地⟧</div>
<div class="ed-pos">⟦m 当前位置：首页 >> 学校后勤 >> 通知⟧</div>
<div class="ed-art">
<h2>{T}</h2>
<div class="ed-info">⟦m 发布日期：2024-04-24　来源：后勤装备股　访问量：879⟧</div>
<div class="ed-con">
{BODY}
</div>
<div class="ed-att"><p>⟦a 相关附件（点击文件名下载）⟧</p><p>⟦a 学生胶鞋尺码统计表.xlsx⟧</p><p>⟦a 胶鞋签领登记表.docx⟧</p></div>
<div class="ed-op">⟦a 【收藏本页】【打印】【关闭】⟧</div>
</div>
<div class="ed-side"><h4>⟦l 通知公告⟧</h4><p>⟦l 2024年春季学期学生资助工作通知⟧</p><p>⟦l 关于开展校园食品安全检查的通知⟧</p></div>
<div class="ed-foot">
<p>⟦m 主办单位：箢山县教育体育局　地址：箢山县文昌路21号⟧</p>
<p>⟦w 网站技术支持：0752-7200088（仅受理网站故障）⟧</p>
<p>⟦m 粤ICP备13051186号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
雨季将至，山区寄宿制学校学生上下学、课间活动常在湿滑路面行走。经研究，决定为全县山区寄宿制学校在校学生每人配发防滑胶鞋一双，现将有关事项通知如下：
一、配发范围：舄山、袢塘等6个乡镇的14所寄宿制学校，共3862名学生。
二、尺码统计：请各校组织班主任统计学生鞋码，填写附件1，于4月30日前报县教体局后勤装备股。
三、发放要求：胶鞋到校后，各校要当天发放，做好签领登记，并提醒学生雨天穿着。
联系人：祁文韬，电话：0752-7203415，邮箱：hqzbg@wanshanjy.example.cn
附件：1.学生胶鞋尺码统计表
2.胶鞋签领登记表
箢山县教育体育局
2024年4月22日
""",
    ),
    dict(
        slug="edu-zhuling-plan-douli-labour-course-doc",
        site="箸岭县教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.zljyw.example.cn/uploadfile/2024/0906/douli-kecheng.doc",
        title="箸岭县中小学斗笠编织劳动教育课程实施方案",
        record_title="箸岭县中小学斗笠编织劳动教育课程实施方案.doc",
        date="2024-09-05",
        notes="file-name record title; a plan with decimal headings 1.1–3.2; education-site chrome around the "
        "attachment's text; 成文日期 under the signature",
        page="""
!m 箸岭县教育网 | 首页 > 教研教改 > 劳动教育
!t 箸岭县中小学斗笠编织劳动教育课程实施方案.doc
!m 上传：教研室　文件大小：41KB　下载：207
!a 在线预览（第1页/共2页）　｜　下载到本地
{BODY}
!a 预览只显示前两页，完整内容请下载后查看
!l 同栏目附件：劳动教育清单（小学版）.xls　劳动周活动安排表.doc
!m 箸岭县教育局主办　技术维护：县教育信息中心
""",
        body="""
为落实劳动教育要求，传承斗笠编织技艺，县教育局决定在全县中小学开设斗笠编织劳动教育课程，制定本方案。
1 课程目标
1.1 让学生了解斗笠的历史和用途，认识家乡的传统手艺。
1.2 掌握劈篾、起底、编顶等基本技法，小学高年级能编小斗笠，初中学生能编完整斗笠。
2 课程安排
2.1 每周一课时，纳入劳动教育课表，每学期不少于16课时。
2.2 每校聘请1至2名编笠艺人担任校外辅导员。
3 保障措施
3.1 各校要配齐篾刀、手套等工具，上课前做好安全教育。
3.2 学期末举办作品展，优秀作品推荐参加全县劳动教育成果展。
箸岭县教育局
2024年9月5日
""",
    ),
    dict(
        slug="college-yingcheng-news-freshmen-bedding-no-title",
        site="蓥城职业技术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ycvtc.example.edu.cn/xwzx/xyxw/20240902/9120.html",
        title="学院为2024级新生统一配发床上用品",
        record_title=None,
        date="2024-09-02",
        notes="college news page: no title in the record, the h1 holds it; a dotted date in the byline (the page's "
        "date), a photo caption between paragraphs, a campus-map link and a quick-links box",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>蓥城职业技术学院</title>
<link rel="stylesheet" href="/css/news.css">
<script src="/js/news.js"></script>
</head>
<body>
<div class="u-head">⟦m 蓥城职业技术学院⟧ ⟦m 厚德　精技　笃行⟧ <span>⟦a 信息门户　｜　校园邮箱　｜　English⟧</span></div>
<div class="u-nav">⟦m 学院概况　院系设置　招生就业　教学科研　校园生活　新闻中心⟧</div>
<div class="u-pos">⟦m 新闻中心 · 学院新闻⟧</div>
<div class="u-art">
<h1>{T}</h1>
<div class="u-info">⟦m 2024.09.02　来源：后勤处　作者：宋晓　摄影：黄橙　浏览：2031⟧</div>
<div class="u-text">
{BODY}
</div>
<div class="u-pn">⟦l 上一条：学院召开2024年秋季学期开学工作会⟧　⟦l 下一条：我院学子在省职业院校技能大赛中获佳绩⟧</div>
</div>
<div class="u-quick"><h4>⟦l 快速通道⟧</h4><p>⟦l 迎新网　校园地图　校历⟧</p></div>
<div class="u-foot">⟦m 蓥城职业技术学院　地址：蓥城市职教园区学府路1号　粤ICP备08102277号⟧</div>
</body>
</html>
""",
        body="""
9月1日，学院迎来2024级3260名新生。今年，学院首次为新生统一配发床上用品，每名新生领到床单、被套、枕套各两件和一床棉被。
“以前新生报到要自己去买，开学那几天校门口的摊子挤得水泄不通。”后勤处处长葛明远介绍，今年学院通过公开招标统一采购，床单、被套均为纯棉材质，检测合格后才入库。每套价格比市场价低三成，费用在新生报到时据实结算，家庭经济困难学生可申请减免。
⟦m ▲新生在宿舍整理床铺（黄橙 摄）⟧
新生到宿舍时，床上用品已经整齐地摆在床铺上。来自箸岭县的新生邱子涵说：“一进宿舍就能铺床，感觉很暖心。”此外，学院还为每间宿舍配备了晾衣架和收纳箱。
""",
    ),
    dict(
        slug="college-yingchengxy-minutes-masks-logistics",
        site="蓥城学院后勤管理处 (invented)",
        style="高校官网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://hqc.ycxy.example.edu.cn/tzgg/2024/1128/415.html",
        title="后勤管理处冬季口罩等防护物资保障工作会议纪要",
        record_title="〖后勤纪要〗后勤管理处冬季口罩等防护物资保障工作会议纪要 - 蓥城学院后勤管理处",
        date="2024-11-26",
        date_also=["2024-11-28"],
        notes="minutes with 时间/地点/主持/参会/记录 lines; the 时间 line's date is the document's, the site's "
        "posting date also accepted; college chrome above and below",
        page="""
!m 蓥城学院后勤管理处
!m 首页 ▸ 通知公告
{T}
!m 发布时间：2024-11-28　发布人：后勤办公室　点击：166
{BODY}
!a 打印 ｜ 关闭
!m 后勤服务热线：0752-2380110　宿舍报修：0752-2380119
!m Copyright © 蓥城学院后勤管理处
""",
        body="""
时间：2024年11月26日下午3:00
地点：后勤综合楼305会议室
主持：后勤管理处副处长 戴子墨
参会：膳食科、物业科、校医院、采购中心负责人
记录：伍佳
会议研究了冬季口罩等防护物资保障工作，纪要如下：
一、校医院储备医用外科口罩5万只，按学生人数分配到各学院，12月5日前完成。
二、食堂、超市从业人员上岗时须佩戴口罩，膳食科每天抽查。
三、物业科在各宿舍楼值班室放置备用口罩，学生可凭校园卡免费领取。
四、采购中心每月检查一次库存，低于两周用量时及时补货。
""",
    ),
    dict(
        slug="exam-yingcheng-notice-masks-admission-ticket",
        site="蓥城人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.ycpta.example.gov.cn/kwgg/2025/0318/1290.html",
        title="关于2025年蓥城市事业单位公开招聘笔试考生防护事项的公告",
        record_title="〔考生须知〕关于2025年蓥城市事业单位公开招聘笔试考生防护事项的公告_蓥城人事考试网",
        date="2025-03-18",
        notes="exam site: maintenance banner, admission-ticket float, the exam centre's 咨询电话 beside the "
        "site's technical line; a sentence asking candidates to 下载 and 打印 the ticket is content",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔考生须知〕关于2025年蓥城市事业单位公开招聘笔试考生防护事项的公告_蓥城人事考试网</title>
<script src="/static/js/float.js"></script>
</head>
<body>
<div class="ks-notice">⟦m 系统升级提示：3月22日0:00—6:00报名系统暂停服务⟧</div>
<div class="ks-head">⟦m 蓥城人事考试网⟧ <span>⟦a 考生登录　｜　成绩查询　｜　证书查验⟧</span></div>
<div class="ks-nav">⟦m 首页　考试公告　考务通知　政策法规　常见问题⟧</div>
<div class="ks-pos">⟦m 当前位置：首页 > 考务通知⟧</div>
<div class="ks-art">
<h3>{T}</h3>
<div class="ks-meta">⟦m 信息来源：蓥城市人事考试中心　阅读次数：15,870⟧</div>
<div class="ks-text">
{BODY}
</div>
</div>
<div class="ks-float">⟦a 准考证打印入口⟧</div>
<div class="ks-foot">
<p>⟦w 网上报名技术咨询：0752-2331999（报名期间 8:30-21:00）⟧</p>
<p>⟦m 蓥城市人事考试中心　粤ICP备10049026号⟧</p>
</div>
</body>
</html>
""",
        body="""
各位考生：
蓥城市2025年事业单位公开招聘笔试定于3月29日举行。为保障考生健康和考试安全，现将有关事项公告如下：
一、考生请于3月24日至28日登录本网站下载并打印准考证，按准考证上的时间和考点参加考试。
二、考试期间正值呼吸道疾病高发期，建议考生自备口罩，进入考点时佩戴；身份核验时须摘下口罩配合比对。
三、考生有发热、咳嗽等症状的，安排在备用考场考试，请提前向考点报告。
四、考场内不得佩戴带有呼吸阀的口罩。
考试咨询电话：0752-2331906（工作日9:00-17:00）
蓥城市人事考试中心
2025年3月18日
""",
    ),
    dict(
        slug="exam-jianding-schedule-douli-skill-test-record-title",
        site="蓥城职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ycjd.example.cn/ksap/2024/0816/77.html",
        title="2024年第三批竹编（斗笠）专项职业能力考核安排",
        date="2024-08-16",
        notes="title given by the record as is; a timetable one row a paragraph; a sentence about printing the "
        "admission ticket is content; the centre's phone beside the site's service line",
        page="""
!m 蓥城职业技能鉴定网
!m 首页 - 考核安排 - 专项职业能力
{T}
!m 发布单位：鉴定指导中心　浏览：542
{BODY}
!a 〔准考证打印〕　〔成绩查询〕　〔证书查询〕
!m 网站服务电话：0752-2356000　蓥城市职业技能鉴定指导中心 主办
!l 往期安排：2024年第二批中式面点师考核安排｜2024年第二批育婴员考核安排
""",
        body="""
各培训机构、各位考生：
经研究，2024年第三批竹编（斗笠）专项职业能力考核定于8月下旬举行，现将安排公布如下：
考核科目　考核日期　考核地点
理论知识　8月24日上午　箢山县职业中专
实际操作　8月24日下午至25日　幞阳镇斗笠编织工坊
一、实际操作考核要求考生在规定时间内独立编织一顶直径不小于45厘米的斗笠，篾刀等工具自备。
二、考生须携带身份证和准考证，准考证请于8月20日后在本网站打印。
三、考核结果于9月10日前公布，合格者颁发专项职业能力证书。
咨询电话：0752-2356018
蓥城市职业技能鉴定指导中心
2024年8月16日
""",
    ),
    dict(
        slug="training-mieyun-brochure-basket-weekend-class",
        site="篾韵手作学堂 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.mieyunshouzuo.example.cn/course/zhulou-weekend.html",
        title="竹篓编织周末体验班招生简章",
        record_title="【周末班招生】竹篓编织周末体验班招生简章（亲子可报）｜篾韵手作",
        date=None,
        notes="training school: promo banner, consult float, a franchise 400 line next to the school's own 报名电话 "
        "in the body; a fee table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【周末班招生】竹篓编织周末体验班招生简章（亲子可报）｜篾韵手作</title>
<script src="/js/kefu.js"></script>
</head>
<body>
<div class="my-banner">⟦a 老学员带新学员，两人同报各减30元⟧</div>
<div class="my-head">⟦m 篾韵手作学堂⟧ ⟦m 一根竹篾，编出生活的温度⟧</div>
<div class="my-nav">⟦m 首页　课程中心　学员作品　师资介绍　关于我们⟧</div>
<div class="my-main">
<h1>{T}</h1>
<p class="my-meta">⟦m 课程中心 / 体验课　已有 1,426 人报名⟧</p>
<div class="my-text">
{BODY}
</div>
<div class="my-btn">⟦a 立即预约试听⟧</div>
</div>
<div class="my-float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="my-foot">
<p>⟦w 全国加盟热线：400-870-2365⟧</p>
<p>⟦m 篾韵手作学堂 版权所有　粤ICP备22107430号⟧</p>
</div>
</body>
</html>
""",
        body="""
想亲手编一只竹篓吗？篾韵手作学堂周末体验班开始招生啦！
一、课程内容：认识竹材、劈篾刮篾、起底编织、收口锁边，学完能独立编一只小竹篓带回家。
二、上课时间：每周六或周日，9:00—16:00，一天学完。
三、收费标准：
班型　人数　费用
成人班　每班12人　280元/人
亲子班　每班8组　380元/组
四、报名须知：费用含竹材和工具，学员作品可带走。8岁以下儿童须由家长陪同。
报名电话：0752-7316625（学堂前台）
地址：箢山县幞阳镇老街18号
""",
    ),
    dict(
        slug="training-anxin-insight-bedsheet-practice",
        site="安馨家政培训学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.anxinjz.example.cn/xueyuan/2291.html",
        title="学铺床单那一课",
        record_title="【学员随笔·第12期】学铺床单那一课 - 安馨家政",
        date=None,
        notes="a trainee's essay on a domestic-service school site; a course ad on a line of its own between "
        "paragraphs; no date",
        page="""
!m 安馨家政培训学校　　让家更安心
!m 首页 › 学员风采 › 学员随笔
{T}
!m 作者：第12期学员 邹春梅　阅读 903
{BODY}
!w 育婴员、养老护理员、家政服务员火热报名中，咨询电话 0752-2817716
!l 更多学员随笔：从宝妈到金牌月嫂｜我在安馨学到的第一件事
!m 安馨家政培训学校 © 2024
""",
        indent="\u3000\u3000",
        body="""
报名家政服务员培训班的时候，我以为铺床单谁不会？第一堂实操课就让我红了脸。
老师给每人一张床单，限时三分钟铺好。我铺完一看，床单歪在一边，四个角鼓鼓囊囊的。老师走过来，一抖、一甩、一拉，床单就平平整整地落在床上，再把四角折成斜角塞进去，前后不到一分钟。
⟦a 想学同款技能？点此预约免费试听课⟧
老师说，铺床单讲究“甩得开、对得齐、包得紧”，手上要有巧劲。那一周，我每天练三十遍，手腕都酸了。结业考核时，我用了两分十秒，拿了优秀。
现在我在一户人家做住家保姆，雇主说我铺的床像酒店一样。我知道，这都是那一课练出来的。
""",
    ),
    dict(
        slug="association-xiexie-minutes-rubber-shoes-vote",
        site="蓥城市鞋业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="html",
        source="https://www.ycxiehui.example.cn/hyzj/2024/1021/188.html",
        title="蓥城市鞋业协会第三届理事会第五次会议纪要",
        record_title="【会员之家】蓥城市鞋业协会第三届理事会第五次会议纪要｜蓥城鞋协",
        date="2024-10-18",
        date_also=["2024-10-21"],
        notes="association site with member login and a member hotline; minutes with 时间/地点/主持/出席/记录 lines "
        "and a vote count; the association's name (site name) is also the signature (matched as head); "
        "the site's posting date differs from the meeting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【会员之家】蓥城市鞋业协会第三届理事会第五次会议纪要｜蓥城鞋协</title>
<script src="/js/member.js"></script>
</head>
<body>
<div class="xh-top">⟦a 会员登录　入会申请⟧ ⟦w 会员服务专线：0752-2265188⟧</div>
<div class="xh-head">⟦m 蓥城市鞋业协会⟧ ⟦m 服务会员　规范行业　共谋发展⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　会员之家　行业标准　政策法规⟧</div>
<div class="xh-pos">⟦m 首页 > 会员之家 > 会议纪要⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-meta">⟦m 发布日期：2024-10-21　浏览：208⟧</div>
<div class="xh-text">
{BODY}
</div>
</div>
<div class="xh-side"><h4>⟦l 协会动态⟧</h4><p>⟦l 协会组团参观劳保用品智能工厂⟧</p><p>⟦l 关于缴纳2024年度会费的通知⟧</p></div>
<div class="xh-foot">⟦m Copyright © 蓥城鞋协 版权所有　地址：蓥城市工业大道88号⟧</div>
</body>
</html>
""",
        body="""
时间：2024年10月18日上午9:30
地点：协会会议室
主持：会长 钟远山
出席：理事15人（应到17人）
记录：秘书处 潘悦
会议审议并通过以下事项：
一、同意制定《劳保胶鞋团体标准》，由永固鞋业、佳步鞋业牵头起草，年底前形成征求意见稿。
二、同意组织会员企业参加11月的箢山劳保用品博览会，展位费由协会补贴一半。
三、针对市场监管部门抽查发现的胶鞋耐磨性能不合格问题，协会将于11月举办质量提升培训班。
表决结果：同意15票，反对0票，弃权0票。
蓥城市鞋业协会
""",
    ),
    dict(
        slug="association-zhubian-pledge-no-sulphur-baskets",
        site="箢山县竹编行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.wszbxh.example.cn/news/2024/0315/52.html",
        title="关于竹篓产品不使用硫磺熏蒸防霉的倡议书",
        record_title="〖协会发声〗关于竹篓产品不使用硫磺熏蒸防霉的倡议书 - 箢山竹编协会",
        date="2024-03-15",
        notes="association pledge; a join-the-association prompt and a member-only download line; 成文日期 in "
        "Chinese numerals under the signature",
        page="""
!m 箢山县竹编行业协会
!m 协会首页 » 行业自律 » 倡议书
{T}
!m 浏览次数：377　来源：秘书处
{BODY}
!a 〔会员可下载本倡议的盖章版〕
!w 欢迎竹编企业入会，入会咨询 0752-7355023（秘书处）
!l 相关阅读：竹材炭化防霉技术要点｜箢山竹编地理标志申报进展
!m 箢山县竹编行业协会 版权所有
""",
        indent="\u3000\u3000",
        body="""
全县竹编企业、合作社和编织户：
竹篓防霉，过去常用硫磺熏蒸。硫磺熏过的竹篓颜色白、不长霉，但残留的二氧化硫会污染茶叶、水果，危害人体健康，一些外地客户已因此退货。为维护箢山竹篓的声誉，本会倡议：
一、即日起不再使用硫磺熏蒸竹篓，改用蒸煮、炭化、自然晾干等物理防霉方法。
二、竹篓出厂前含水率控制在12%以下，库房保持通风干燥。
三、会员单位相互监督，发现使用硫磺熏蒸的，可向协会反映。
协会将于4月举办竹材炭化技术培训，欢迎报名。
箢山县竹编行业协会
二〇二四年三月十五日
""",
    ),
    dict(
        slug="company-mianmian-recall-kids-bedsheets-batches",
        site="蓥城棉眠家纺有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="html",
        source="https://www.mianmian-home.example.cn/news/2024/1009/recall.html",
        title="关于召回部分批次儿童纯棉床单的公告",
        record_title="新闻资讯 » 关于召回部分批次儿童纯棉床单的公告 - 棉眠家纺",
        date="2024-10-09",
        notes="company site: cookie notice, online-service float, a 400 order line next to the recall line in the "
        "body; recalled batches one row a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>新闻资讯 » 关于召回部分批次儿童纯棉床单的公告 - 棉眠家纺</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head>
<body>
<header class="mm-head">⟦m 棉眠家纺⟧ ⟦m 一床好眠，从棉开始⟧
<nav>⟦m 首页　产品中心　品牌故事　新闻资讯　门店查询　联系我们⟧</nav></header>
<div class="mm-pos">⟦m 首页 › 新闻资讯 › 公司公告⟧</div>
<article class="mm-art">
<h1>{T}</h1>
<p class="mm-date">⟦m 发布：棉眠家纺品牌部　阅读 3,916⟧</p>
{BODY}
</article>
<aside class="mm-side"><h4>⟦l 热卖推荐⟧</h4><p>⟦l 60支长绒棉四件套⟧</p><p>⟦l 儿童A类纱布盖毯⟧</p></aside>
<div class="mm-float">⟦w 在线客服　订购热线 400-655-1830⟧</div>
<div class="mm-cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即表示您同意⟧ <button>⟦a 我知道了⟧</button></div>
<footer class="mm-foot">⟦m © 2024 蓥城棉眠家纺有限公司　粤ICP备19040021号-2⟧</footer>
</body>
</html>
""",
        body="""
尊敬的顾客：
我公司在内部抽检中发现，部分批次儿童纯棉床单上的装饰纽扣缝合不牢，存在被儿童误吞的风险。为保障儿童安全，公司决定主动召回以下批次产品：
产品名称　规格　生产批号
棉眠童趣纯棉床单　120×200厘米　MM2406A12
棉眠童趣纯棉床单　150×230厘米　MM2406B07
一、已购买上述产品的顾客请立即停止使用，凭购物凭证或产品吊牌到原购买门店退货退款。
二、在网店购买的顾客，请联系召回专线办理免费上门取件。
召回专线：0752-2886315（每天8:30-20:30）
由此给您带来的不便，我们深表歉意。
蓥城棉眠家纺有限公司
2024年10月9日
""",
    ),
    dict(
        slug="company-kangwei-news-kids-masks-line-record-date",
        site="缊川康卫医疗用品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.kangwei-med.example.cn/news/show.php?id=318",
        title="康卫公司儿童口罩生产线通过洁净车间验收",
        record_title="康卫公司儿童口罩生产线通过洁净车间验收 - 康卫动态 - 缊川康卫",
        record_date="2025-03-14",
        date="2025-03-14",
        notes="date from the record; the title repeated and glued before the first words of the lead; company "
        "chrome and a product list",
        page="""
!m 缊川康卫医疗用品有限公司
!m 首页 | 关于康卫 | 产品展示 | 康卫动态 | 联系我们
{T}
!m 2025-03-14　点击：612
{BODY}
!l 产品推荐：一次性使用医用口罩　医用外科口罩　儿童医用口罩
!w 采购热线：0752-7128808　传真：0752-7128809
!m 版权所有：缊川康卫医疗用品有限公司　缊川县工业园康卫路3号
""",
        body="""
⟦t 康卫公司儿童口罩生产线通过洁净车间验收⟧3月12日，缊川康卫医疗用品有限公司新建的儿童口罩生产线通过了省医疗器械检验机构的十万级洁净车间验收。
这条生产线投资1200万元，日产儿童口罩20万只。与成人口罩相比，儿童口罩分小号、中号两种尺寸，耳带采用更柔软的弹性材料，鼻梁条外包塑料，防止划伤孩子的皮肤。
公司质量部负责人介绍，儿童口罩的细菌过滤效率、通气阻力等指标都按照儿童口罩国家标准检测，每批产品出厂前都要留样。
目前，首批产品已发往省内各地的药店和母婴店。
""",
    ),
]
