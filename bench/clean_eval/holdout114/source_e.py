"""holdout114, part E: trade associations, company sites, training schools, 范文 apps and
exam forums. Everything invented; see ../README.md."""

CASES = [
    dict(
        slug="assoc-shujin-brocade-annual-meeting",
        site="蜀锦织造行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.shujinxh.example.org.cn/xhdt/2025/0118/330.html",
        title="在蜀锦织造行业协会2025年会员大会上的工作报告",
        record_title="在蜀锦织造行业协会2025年会员大会上的工作报告_协会动态",
        date="2025-01-18",
        notes="association HTML; member login row; speaker and date lines neutral; 会员单位 table kept",
        page="""
<html><head><meta charset="utf-8"><title>在蜀锦织造行业协会2025年会员大会上的工作报告_协会动态</title></head><body>
<div class="top">⟦a 会员登录　入会指南　会费缴纳⟧</div>
<div class="logo">⟦m 蜀锦织造行业协会⟧</div>
<nav>⟦m 协会介绍｜协会动态｜行业标准｜会员名录｜联系我们⟧</nav>
<h1>⟦t 在蜀锦织造行业协会2025年会员大会上的工作报告⟧</h1>
<p>会长　殷锦华</p>
<p>（2025年1月18日）</p>
{BODY}
<div class="ft">⟦m 协会秘书处电话：028-8661 3370　邮箱：mishuchu@shujinxh.example.org.cn⟧<br>⟦d 版权所有 蜀锦织造行业协会⟧</div>
</body></html>
""",
        body="""
各位会员代表：
过去一年，协会围绕传承蜀锦技艺、拓展市场两项任务，做了以下工作。
一是制定团体标准。发布《手工蜀锦织造技术规范》，填补了行业空白。
二是组织展销活动。组织会员单位参加展会5场，现场签约金额三千二百万元。
会员类别　单位数
织造企业　26
手工作坊　41
设计机构　9
新的一年，协会将继续做好服务，推动蜀锦走进更多人的生活。
""",
    ),
    dict(
        slug="assoc-songjin-gilding-training-notice-text",
        site="宋锦与贴金工艺联合会 (invented)",
        style="行业协会",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.sjtj.example.org/tongzhi/2025-06-03.html",
        title="关于举办第三期宋锦与贴金工艺研修班的通知",
        record_title="关于举办第三期宋锦与贴金工艺研修班的通知（转发）",
        date="2025-06-03",
        notes="text page; decorated title; 报名回执 placeholders; e-mail of the document kept; association footer",
        page="""
!m 宋锦与贴金工艺联合会　官方网站
!m 首页 ▸ 通知公告
{T}
!m 发布日期：2025/06/03　阅读量：254
{BODY}
!l 上一则：联合会2025年度会费缴纳通知
!m 联合会地址：姑苏区平江路99号　邮编：215000
""",
        body="""
各会员单位：
为培养宋锦织造和传统贴金工艺人才，联合会定于7月7日至7月18日举办第三期研修班。
一、研修内容：宋锦纹样设计、手工织造、金箔制作与贴金技法。
二、学员名额：40名，由各会员单位推荐。
三、报名方式：请于6月25日前将报名回执发送至邮箱 yanxiu@sjtj.example.org。
报名回执：单位名称________　学员姓名________　联系电话________
宋锦与贴金工艺联合会
2025年6月3日
""",
    ),
    dict(
        slug="company-zhuangjin-rambutan-recall-html",
        site="南果鲜食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.nanguoxian.example.com/news/2025/0822.html",
        title="关于主动召回部分批次红毛丹罐头的公告",
        record_title="关于主动召回部分批次红毛丹罐头的公告",
        date="2025-08-22",
        record_date="2025-08-22",
        notes="company site; customer service line in the document kept next to the site's 400 line; batch table; 扫码 sentence kept",
        page="""
<html><head><meta charset="utf-8"><title>关于主动召回部分批次红毛丹罐头的公告-南果鲜食品</title></head><body>
<header>⟦m 南果鲜 NANGUOXIAN⟧ ⟦m 招商热线：400-633-8810⟧</header>
<nav>⟦m 首页 关于南果鲜 产品中心 新闻资讯 招商加盟 联系我们⟧</nav>
<h1>⟦t 关于主动召回部分批次红毛丹罐头的公告⟧</h1>
<p class="d">⟦m 2025-08-22　新闻资讯⟧</p>
{BODY}
<footer>⟦m 南果鲜食品有限公司　琼ICP备18004410号-1⟧ ⟦d 未经授权禁止复制本站内容⟧</footer>
</body></html>
""",
        body="""
我公司在产品抽检中发现，部分批次红毛丹罐头存在胀罐现象。为保障消费者健康，我公司决定主动召回以下批次产品。
产品名称　规格　生产批号
糖水红毛丹罐头　425克　20250611A
糖水红毛丹罐头　425克　20250612B
已购买上述批次产品的消费者，请停止食用，扫描罐身二维码填写召回登记，或拨打客服电话0898-6520017办理退货。
南果鲜食品有限公司
2025年8月22日
""",
    ),
    dict(
        slug="company-hongyun-light-show-news-text",
        site="鸿运文旅科技 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hongyunwl.example.com/news/show-812.html",
        title="公司承建的古镇水上灯光秀正式亮灯",
        record_title="公司承建的古镇水上灯光秀正式亮灯-鸿运文旅科技",
        date="2025-09-30",
        notes="company news text page; 发布时间 line; title repeated glued to lead; share bar; prev/next",
        page="""
!m 鸿运文旅科技 | 夜游经济整体解决方案
!m 首页 / 新闻中心 / 公司动态
{T}
!m 发布时间：2025-09-30　浏览：412
{BODY}
!l 分享到：微信｜微博｜复制链接
!l 上一篇：公司荣获省级专精特新企业称号
!l 下一篇：夜游项目运营培训班顺利结业
""",
        body="""
9月29日晚，由公司承建的椋溪古镇水上灯光秀正式亮灯，首晚吸引游客一万二千余人。
灯光秀以古镇的千年运河为主线，运用水幕投影、激光和无人船灯阵等技术，分四个篇章展现古镇历史。
项目从设计到完工历时五个月，共安装灯具三千余套，全部采用节能光源。
国庆假期期间，灯光秀每晚演出三场，每场二十分钟。
""",
    ),
    dict(
        slug="training-feiyang-bmx-course-html",
        site="飞扬极限运动培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.feiyangxt.example.com/kecheng/bmx-2025-summer.html",
        title="2025年暑期小轮车青少年训练营招生简章",
        record_title="【火热报名中】2025年暑期小轮车青少年训练营招生简章",
        date=None,
        notes="training school HTML; decorated title; course fee table; 报名电话 of the brochure kept; giveaway prompt and consult box chrome; no date",
        page="""
<html><head><meta charset="utf-8"><title>【火热报名中】2025年暑期小轮车青少年训练营招生简章</title></head><body>
<div class="top">⟦m 飞扬极限运动培训中心　让孩子在运动中成长⟧</div>
<div class="promo">⟦a 限时福利：前20名报名送骑行头盔一顶⟧</div>
<h1>⟦t 2025年暑期小轮车青少年训练营招生简章⟧</h1>
{BODY}
<div class="consult">⟦w 课程顾问在线 · 扫码加好友领取试听课⟧</div>
<div class="ft">⟦m 校区地址：栎川区体育公园北门⟧ ⟦d ©飞扬极限运动 保留一切权利⟧</div>
</body></html>
""",
        body="""
小轮车是一项充满挑战的极限运动，能锻炼孩子的平衡能力和勇气。今年暑期，我中心开设青少年训练营。
一、招生对象：8至15周岁青少年，零基础可报名。
二、课程安排：
班型　课时　费用（元）
基础班　16课时　1980
提高班　24课时　2880
三、安全保障：全程配备专业教练和护具，为每名学员购买意外伤害保险。
四、报名电话：0851-8617230（刘教练）。
""",
    ),
    dict(
        slug="training-tianlai-bagpipe-guzheng-summary-text",
        site="天籁艺术培训学校 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.tianlaiys.example.cn/xwdt/2025-07-15.html",
        title="天籁艺术培训学校2025年上半年教学工作总结",
        record_title=None,
        date="2025-07-15",
        notes="training school text page; no record title; enrolment prompt glued after a sentence; hot courses list",
        page="""
!m 天籁艺术培训学校官网
{T}
!m 时间：2025-07-15　来源：教务处
{BODY}
!w 秋季班火热招生中，咨询请致电前台
!l 热门课程：古筝启蒙　少儿声乐　民族打击乐
""",
        body="""
上半年，我校共开设古筝、琵琶、少儿声乐、民族打击乐等课程班42个，在读学员六百一十人。
一、教学质量稳步提高。全校参加社会艺术水平考级学员218人，通过率96.3%。⟦w 想了解考级辅导班？私信我们⟧
二、师资建设不断加强。新招聘专业教师4名，组织教师参加省级培训3次。
三、学员展演丰富多彩。举办“六一”学员汇报演出和古筝专场音乐会各一场。
下半年，学校将新开设投壶礼仪和传统雅乐体验课程。
天籁艺术培训学校教务处
2025年7月15日
""",
    ),
    dict(
        slug="fanwenapp-bibi-poria-plan-share",
        site="笔笔范文APP (invented)",
        style="范文APP",
        genre="方案",
        kind="plan",
        form="text",
        source="https://share.bibiapp.example.com/s/fw8821?from=timeline",
        title="茯苓产业发展三年行动方案",
        record_title="茯苓产业发展三年行动方案（精选3篇）",
        date=None,
        notes="app share page; decorated title; open-in-app prompts between paragraphs; member unlock; no date",
        page="""
!a 打开笔笔范文APP，阅读体验更佳
{T}
!m 笔笔范文 · 方案 · 3.2万人读过
{BODY}
!a 开通会员解锁全部3篇范文
!l 你可能还想看：中药材种植基地建设方案
!d 本内容由创作者发布，平台仅提供信息展示服务
""",
        body="""
为做大做强茯苓产业，促进农民增收，制定本行动方案。
一、发展目标：三年内全县茯苓种植面积达到五万亩，建成茯苓精深加工园区一个。
二、重点任务：建设良种繁育基地，推广茯苓菌种统一供应；扶持加工企业开发茯苓糕、茯苓茶等产品。
⟦a 在APP内查看本段批注（12）⟧
三、保障措施：县财政设立茯苓产业发展资金，对新建标准化基地每亩补助三百元。
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-cordyceps-speech-html",
        site="写作喵APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.xiezuomiao.example.com/read/55301",
        title="在虫草采挖季安全管理工作会议上的讲话",
        record_title=None,
        date=None,
        notes="mobile app reading page HTML; no record title; copy lock prompt; bottom bar; writer prompts; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>写作喵</title></head><body>
<div class="appbar">⟦a 写作喵 | 立即打开⟧</div>
<h2>⟦t 在虫草采挖季安全管理工作会议上的讲话⟧</h2>
<div class="au">⟦m 作者：高原笔杆子　阅读 8862　收藏 431⟧</div>
{BODY}
<div class="lock">⟦a 复制内容需开通会员⟧</div>
<div class="bottom">⟦l 点赞　收藏　评论 17　分享⟧</div>
<div class="ai">⟦a 用AI帮我改写这篇讲话⟧</div>
</body></html>
""",
        body="""
同志们：
一年一度的虫草采挖季即将开始，今天召开会议，就是要把采挖期间的安全管理工作部署好。
一要严格采挖证管理。所有采挖人员须持证上山，严禁无证采挖和越界采挖。
二要抓好草原防火和生态保护。采挖后要回填草皮，严禁在山上乱扔垃圾、乱生火。
三要做好矛盾纠纷排查。各乡镇要派驻工作组，及时调处草场边界纠纷。
同志们，安全无小事。请大家回去后立即传达落实。
""",
    ),
    dict(
        slug="gkforum-shangan-mountain-bike-interview",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://bbs.shanganGK.example.com/thread-33021-1-1.html",
        title="备考体育局遴选面试的心得（附山地自行车赛事保障题思路）",
        record_title="备考体育局遴选面试的心得（附山地自行车赛事保障题思路）- 面经分享",
        date="2025-05-06",
        notes="exam forum; 发表于 line the page's publish line; forum junk glued; reply floors; exam-app ad",
        junk=dict(lines=1, glued=1),
        page="""
!m 上岸公考论坛 » 面试交流 » 面经分享
{T}
!m 一战上岸的阿泽 发表于 2025-5-6 22:48　[复制链接]
{BODY}
!a 公考刷题就用上岸APP，每日一练免费领
!l 沙发　小白求带：感谢楼主，收藏了
!l 板凳　上岸上岸上岸：题目思路很清楚
""",
        body="""
上个月参加了县体育局的遴选面试，侥幸上岸，分享一下备考心得。
第一，吃透岗位。体育局的题目常考赛事组织，我把近三年本县举办的赛事都梳理了一遍。
第二，练好结构。我考到一道题：县里要举办山地自行车公开赛，你负责安全保障，怎么做？
我的思路是：赛前勘察赛道、设置救护点，赛中安排巡查和应急车辆，赛后总结评估。
第三，多练多说。每天至少模拟两道题，用手机录下来自己听。
祝大家都能早日上岸！
""",
    ),
    dict(
        slug="gkforum-zhenti-digital-yuan-essay-html",
        site="真题汇公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://www.zhentihui.example.net/t/91277",
        title="申论范文：以数字人民币试点激活县域消费",
        record_title="申论范文：以数字人民币试点激活县域消费",
        date=None,
        notes="HTML exam community; user card; 回复可见 prompt; ad; no date (a relative time only)",
        page="""
<html><head><meta charset="utf-8"><title>申论范文：以数字人民币试点激活县域消费 - 真题汇公考社区</title></head><body>
<div class="hd">⟦m 真题汇公考社区　考公路上不孤单⟧ ⟦a 登录/注册⟧</div>
<div class="pos">⟦m 社区首页 › 申论写作 › 范文精选⟧</div>
<h1>⟦t 申论范文：以数字人民币试点激活县域消费⟧</h1>
<div class="u">⟦m 申论老猫　3小时前　浏览 1.3k⟧</div>
{BODY}
<div class="hide">⟦a 本帖隐藏内容：批改要点，回复后可见⟧</div>
<div class="ad">⟦a 申论1对1精批，限时特价⟧</div>
<div class="ft">⟦d 社区内容仅供交流学习⟧</div>
</body></html>
""",
        body="""
消费是经济增长的重要引擎，县域消费潜力巨大。以数字人民币试点为抓手，可以为县域消费注入新活力。
一要丰富应用场景。推动农贸市场、公交出行、医院缴费等场景支持数字人民币支付。
二要用好消费红包。通过发放数字人民币消费红包，引导居民在本地商户消费。
三要守住安全底线。加强对老年群体的使用指导，防范以数字人民币为名的诈骗。
以小切口撬动大消费，数字人民币必将在县域经济中大有可为。
""",
    ),
]
