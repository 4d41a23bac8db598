"""holdout87, part E: writing-brush workshops (毛笔作坊) — invented counties, people, sites
and chrome wording; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="hospital-haoxi-hand-rehab-tips",
        site="毫溪县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.hxzyy.example.com/jkkt/2025/0214/92.html",
        title="制笔工人腕管综合征防治小贴士",
        record_title="【健康课堂】制笔工人腕管综合征防治小贴士",
        date="2025-02-14",
        notes="hospital text page: 预约挂号 row, 24-hour line; the department's own 咨询电话 kept",
        page="""
!m 毫溪县中医院 · 健康课堂
!a 预约挂号 | 检查报告 | 停车指引
{T}
!m 发布者：骨伤科　2025年02月14日　阅读量 377
{BODY}
!m 24小时急诊：0736-6120120
!d 本文仅为健康科普，不能替代医生面诊。
""",
        body="""
制笔工人长期重复捆扎、修剪笔头，手腕反复屈伸，容易患上腕管综合征。
早期表现为拇指、食指麻木，夜间加重，甩手后可以缓解。
预防要做到每工作一小时活动手腕五分钟，用温水泡手，避免长时间用力捏握。
症状持续两周以上请到骨伤科就诊，咨询电话：0736-6128415。
""",
    ),
    dict(
        slug="university-yingchuan-brush-lab",
        site="颖川师范学院美术学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://art.yingchuan.example.edu.cn/xwdt/2025/0520/1189.htm",
        title="我院与毫溪制笔作坊共建毛笔工艺实践基地",
        record_title="我院与毫溪制笔作坊共建毛笔工艺实践基地-颖川师范学院美术学院",
        date="2025-05-20",
        notes="university text page: 作者/审核 line glued after the last sentence; photo caption line inside the body; close/print row",
        page="""
!m 颖川师范学院美术学院
!m 首页 > 学院新闻
{T}
!m 时间：2025-05-20　点击数：236
{BODY}
!a 【关闭窗口】【打印本页】
!m Copyright © 颖川师范学院美术学院　地址：颖川市文昌路9号
""",
        body="""
5月19日，学院与毫溪县笔韵制笔作坊签署协议，共建毛笔工艺实践基地。
根据协议，书法专业学生每年到作坊参加两周实践，学习选毫、齐毫、扎头、装杆等工序。
⟦m 双方代表签订合作协议⟧
作坊负责人罗守文表示，愿意把祖传手艺教给年轻人。⟦m （撰稿：温静　审核：韩冬）⟧
""",
    ),
    dict(
        slug="localforum-haoxi-brush-fair-html",
        site="毫溪论坛 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.haoxiluntan.example.com/thread-7712-1-1.html",
        title="毫溪县第二届笔墨文化市集摊位招募公告",
        record_title=None,
        date="2025-08-30",
        notes="county forum HTML with jammer fonts; title only in the thread heading; post date; fee table kept",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="gbk"><title>毫溪论坛 - 查看帖子</title></head><body>
<div class="hd">⟦m 毫溪论坛　家门口的网上茶馆⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="nav">⟦m 毫溪论坛 » 便民信息 » 帖子⟧</div>
<h2>{T}</h2>
<div class="pi">⟦m 笔墨市集组委会　发布于 2025-08-30 11:20　查看：2215　回复：9⟧</div>
<div class="msg">
{BODY}
</div>
<div class="reply">⟦l 2楼　书法爱好者：我报一个卖字帖的⟧</div>
<div class="fp">⟦a 发表回复⟧ ⟦l 返回列表⟧</div>
</body></html>
""",
        body="""
第二届笔墨文化市集定于9月20日至21日在老街文化广场举办，现面向社会招募摊主。
摊位类型　数量　费用
毛笔及文房用品　三十个　每天八十元
书画装裱　十个　每天八十元
非遗体验　十个　免费
报名时请携带身份证和营业执照复印件到老街管委会登记，报名截止9月10日。
""",
    ),
    dict(
        slug="download-brush-standard-station",
        site="文房资料站 (invented)",
        style="资料下载站",
        genre="规范",
        kind="other",
        form="text",
        source="http://www.wenfang-ziliao.example.com/down/3320.html",
        title="手工毛笔制作工艺规范",
        record_title="手工毛笔制作工艺规范（word版）免费下载",
        date=None,
        notes="download station text page: file-info lines, mirror links, dead-link report; decimal headings kept; no date",
        page="""
!m 文房资料站 — 文房四宝资料免费下载
!m 资料名称：手工毛笔制作工艺规范（word版）
!m 资料大小：52KB　资料格式：doc　更新：2天前
{BODY}
!a 下载地址：[本地下载]　[镜像下载一]　[镜像下载二]
!a 下载出错？点此报告
!d 如本站资料侵犯了您的权益，请来信告知，我们会尽快处理。
""",
        body="""
1 选料
1.1 笔毫选用山羊毛、黄鼠狼尾毛等，毛料须无虫蛀、无霉变。
1.2 笔杆选用竹杆，直径均匀，无裂纹。
2 工艺流程
2.1 水盆工序：浸毛、梳毛、齐毫、配料，每道工序在水盆中完成。
2.2 扎头工序：笔头根部用丝线扎紧，再以胶固定。
3 检验
成品笔应达到“尖、齐、圆、健”四项要求。
""",
    ),
    dict(
        slug="rsks-haoxi-heritage-post-html",
        site="颖川市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.yingchuan.example.gov.cn/zpgg/2025/0701/55.html",
        title="毫溪县非遗保护中心2025年公开招聘工作人员公告",
        record_title="毫溪县非遗保护中心2025年公开招聘工作人员公告",
        date="2025-07-01",
        notes="exam portal: floating consult box, scan-to-follow prompt; a positions table; text on logging in to register and print 准考证 kept; document's own 咨询电话",
        page="""
<html><head><meta charset="utf-8"><title>颖川市人事考试网</title></head><body>
<div class="hd">⟦m 颖川市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 报名入口⟧</div>
<div class="float">⟦w 在线咨询⟧ ⟦w 考试答疑QQ群：681123045⟧ ⟦a 关闭⟧</div>
<h2>{T}</h2>
<div class="i">⟦m 发布时间：2025-07-01　信息来源：毫溪县人社局⟧</div>
{BODY}
<div class="qr">⟦a 扫码关注“颖川人事考试”公众号，及时获取考试信息⟧</div>
<div class="ft">⟦m 主办：颖川市人事考试院　技术咨询：0736-7201999⟧</div>
</body></html>
""",
        body="""
根据工作需要，毫溪县非遗保护中心公开招聘工作人员二名。
岗位代码　岗位名称　人数　专业要求
FY01　非遗保护　1　美术学、书法学
FY02　综合管理　1　汉语言文学
报名时间为7月8日至7月12日，考生登录报名系统填报信息，笔试前一周登录打印准考证。
咨询电话：0736-6113207。
""",
    ),
    dict(
        slug="tender-bilin-workshop-renovation",
        site="颖川市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.ycgp.example.gov.cn/cggg/2025/0912/6610.html",
        title="毫溪县笔韵非遗工坊修缮工程竞争性磋商公告",
        record_title="毫溪县笔韵非遗工坊修缮工程竞争性磋商公告_采购公告_颖川市政府采购网",
        date="2025-09-12",
        notes="tender text page: CA helpdesk line; purchaser and agency contacts kept; text about downloading the 磋商文件 kept",
        page="""
!m 颖川市政府采购网
!m 首页 ＞ 采购公告 ＞ 竞争性磋商
{T}
!m 发布日期：2025年09月12日　浏览：102
{BODY}
!m 平台技术支持及CA办理：0736-7700365
!l 同类公告：县文化馆屋面防水工程磋商公告
""",
        body="""
项目编号：HXCS-2025-041
项目概况：毫溪县笔韵非遗工坊修缮工程，预算金额六十八万元，工期六十日历天。
供应商须具备建筑工程施工总承包三级及以上资质。
请于9月13日至9月19日登录本网站免费下载磋商文件。
采购人：毫溪县文化广电旅游体育局，联系人：孔雪，电话：0736-6100542。
代理机构：颖川信达项目管理有限公司，联系人：滕飞，电话：0736-7358021。
""",
    ),
    dict(
        slug="lawfirm-mingbi-trademark-html",
        site="明笔知识产权律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.mingbi-ip.example.com/insight/2025/0418.html",
        title="老字号毛笔作坊如何保护自己的商标",
        record_title="法律小课堂丨老字号毛笔作坊如何保护自己的商标",
        date="2025-04-18",
        notes="law-firm template: lawyer's card, ask-a-lawyer prompt inside the body, disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>老字号毛笔作坊如何保护自己的商标 - 明笔律所</title></head><body>
<div class="hd">⟦m 明笔知识产权律师事务所⟧ ⟦m 专注商标 · 专利 · 版权⟧</div>
<div class="nav">⟦l 首页⟧ ⟦l 专业领域⟧ ⟦l 律师团队⟧ ⟦l 法律观点⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 作者：方知远律师　2025-04-18⟧</div>
{BODY}
<div class="card">⟦w 方知远　执业律师　咨询电话 139-0736-2217⟧</div>
<div class="dis">⟦d 本文仅为一般性法律信息，不构成针对具体案件的法律意见。⟧</div>
</body></html>
""",
        body="""
不少传承百年的毛笔作坊只有字号，没有注册商标，一旦被他人抢注，维权十分被动。
首先，作坊应尽快在第十六类文具上注册字号商标，必要时一并注册图形商标。
⟦w 商标被抢注了怎么办？点击免费咨询律师⟧
其次，要保存好历年使用字号的证据，如老账本、包装、媒体报道等。
""",
    ),
    dict(
        slug="community-haoyuan-calligraphy-class-html",
        site="毫园社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://haoyuan.sqfw.example.cn/notice/2025/1010/31.html",
        title="关于开设老年书法班的通知",
        record_title="关于开设老年书法班的通知",
        date="2025-10-10",
        notes="residents' site: a like/comment row, property hotline; the notice's own 报名电话 kept; time/place lines kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开设老年书法班的通知 - 毫园社区</title></head><body>
<div>⟦m 毫园社区服务网⟧ ⟦l 首页⟧ ⟦l 社区公告⟧ ⟦l 党建之家⟧ ⟦l 为民服务⟧</div>
<h3>{T}</h3>
<div>⟦m 毫园社区居委会　2025-10-10⟧</div>
{BODY}
<div>⟦l 赞(31)⟧ ⟦l 评论(5)⟧ ⟦l 转发给邻居⟧</div>
<div>⟦m 物业服务中心电话：0736-6155800⟧</div>
</body></html>
""",
        body="""
为丰富老年居民文化生活，社区联合笔韵制笔作坊开设老年书法班。
时间：每周三上午9时至10时30分
地点：社区党群服务中心二楼书画室
作坊免费提供练习用毛笔，学员自备墨汁和毛边纸。
报名电话：0736-6152231（社区王老师）。
""",
    ),
    dict(
        slug="assoc-wenfang-pledge",
        site="颖川市文房四宝协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://www.ycwfsb.example.org/xhgg/2025/0601/12.html",
        title="关于诚信经营、杜绝以次充好的倡议书",
        record_title="【协会倡议】关于诚信经营、杜绝以次充好的倡议书",
        date="2025-06-01",
        notes="association text page; join prompt; numbered pledges; 成文日期 under the signature",
        page="""
!m 颖川市文房四宝协会
!l 协会概况 · 行业动态 · 会员名录 · 入会须知
{T}
!m 发布：秘书处　浏览 148
{BODY}
!a 欢迎文房企业加入协会，点此填写入会申请
!m 协会地址：颖川市文昌路66号　电话：0736-7162210
""",
        body="""
全市文房四宝经营者：
近来个别商家以化纤毛冒充狼毫、以普通竹杆冒充湘妃竹，损害了行业声誉，为此我们倡议：
一、如实标注笔毫原料和产地，不夸大宣传。
二、明码标价，不搞虚假折扣。
三、接受消费者和社会监督，发现问题及时整改。
颖川市文房四宝协会
2025年6月1日
""",
    ),
    dict(
        slug="corp-bihua-history-wrapped",
        site="笔华文具有限公司 (invented)",
        style="企业官网",
        genre="介绍",
        kind="other",
        form="text",
        source="https://www.bihua-wenju.example.com/about/history.html",
        title="笔华七十年",
        record_title="笔华七十年 - 笔华文具有限公司",
        date=None,
        notes="company page hard-wrapped at 58 columns; shop link and hotline; an 'about' page with years but no date",
        wrap=58,
        page="""
!m 笔华文具　BIHUA　｜　首页　关于我们　产品中心　联系我们
{T}
{BODY}
!a 进入天猫旗舰店选购 >>
!m 客服热线：400-885-6621　浙ICP备18002371号
""",
        body="""
1955年，毫溪县十二位制笔艺人组成制笔生产合作社，这就是笔华的前身。
七十年来，笔华始终坚持手工水盆工艺，一支笔要经过七十多道工序，每道工序都由熟练工人完成。
如今，笔华的毛笔远销日本、韩国和东南亚，并成为多所高校书法专业的指定用笔。
""",
    ),
    dict(
        slug="training-moyun-calligraphy-camp-html",
        site="墨韵书法培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.moyun-shufa.example.com/zs/2025-winter.html",
        title="墨韵书法2026年寒假研学营招生简章",
        record_title="墨韵书法2026年寒假研学营招生简章（附日程）",
        date=None,
        notes="training school: float box, course ad inside the body; a schedule table; the school's own 报名电话 kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>墨韵书法2026年寒假研学营招生简章</title></head><body>
<div class="top">⟦m 墨韵书法培训学校⟧ ⟦m 教育局备案机构⟧ ⟦a 预约试听⟧</div>
<div class="fl">⟦w 客服在线⟧ ⟦w 微信：moyun_sf⟧</div>
<h1>{T}</h1>
{BODY}
<div class="foot">⟦m 全国咨询热线 400-900-3315⟧ ⟦d ©墨韵书法 保留所有权利⟧</div>
</body></html>
""",
        body="""
寒假研学营带孩子走进毫溪制笔作坊，亲手做一支属于自己的毛笔。
日期　内容
第一天　参观制笔作坊，了解毛笔历史
第二天　体验齐毫、扎头工序
第三天　书法创作与作品展示
⟦a 限时优惠：两人同行立减200元，点击抢购⟧
报名电话：0736-6139920（周一至周五）。
""",
    ),
]
