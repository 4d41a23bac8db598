"""holdout149, part E: associations, company sites, training schools, writing apps, exam forums. Invented text."""

CASES = [
    dict(
        slug="assoc-yudiao-html-annual-speech",
        site="榧山玉雕行业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.fsydxh.example.org/news/2024/0116/288.html",
        title="在榧山玉雕行业协会2024年会员大会上的工作报告",
        record_title="在榧山玉雕行业协会2024年会员大会上的工作报告 - 协会动态",
        date="2024-01-16",
        notes="association HTML; speaker and date lines under the title are neutral; member login chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在榧山玉雕行业协会2024年会员大会上的工作报告 - 协会动态</title><script src="/js/x.js"></script></head><body>
<div class="top">⟦m 榧山玉雕行业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会概况⟧ ⟦m 协会动态⟧ ⟦m 会员风采⟧ ⟦m 作品展厅⟧ ⟦m 行业标准⟧</div>
<div class="crumb">⟦m 首页 › 协会动态⟧</div>
<h1>{T}</h1>
<p>会长　钟玉衡</p>
<p>（2024年1月16日）</p>
{BODY}
<div class="bar">⟦m 浏览次数：233⟧ ⟦a 打印⟧ ⟦a 返回⟧</div>
<div class="side">⟦l 协会通知⟧ ⟦l 2024年度会费缴纳通知⟧ ⟦l 玉雕技能大赛报名⟧</div>
<div class="foot">⟦m 协会地址：榧山县玉器城管理中心三楼　电话：0578-7120880⟧ ⟦d 协会作品图片版权归作者所有⟧</div>
</body></html>
""",
        body="""
各位会员：
过去一年，在县委、县政府和主管部门的关心支持下，协会团结全体会员，围绕“守匠心、创品牌、拓市场”开展工作，取得了较好成效。
一是行业规模稳步扩大。全县玉雕从业人员达到4300余人，年销售额约12亿元，新增会员单位38家。
二是人才培养持续加强。协会与县职业中专联合开设玉雕专业班，全年培训学徒260名；组织会员参加全省玉雕技能大赛，获金奖2项、银奖5项。
三是行业自律不断规范。制定《榧山玉器诚信经营公约》，开展以次充好专项检查，受理并调解消费纠纷17起。
新的一年，协会将重点做好区域品牌申报、电商直播规范和青年玉雕人才扶持三项工作。谢谢大家！
""",
    ),
    dict(
        slug="assoc-cizhuan-text-industry-initiative",
        site="槠口市建筑陶瓷协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zkjztc.org.cn/xhgg/20240308/117.html",
        title="关于瓷砖行业自觉抵制低价恶性竞争的倡议书",
        record_title="关于瓷砖行业自觉抵制低价恶性竞争的倡议书",
        date="2024-03-08",
        notes="association text; chrome line between paragraphs; date in signature; date also the posting line",
        page="""
!m 槠口市建筑陶瓷协会官网
!m 位置：首页 ＞ 协会公告
{T}
!m 2024-03-08　　　来源：协会秘书处　　　关注度：402
{BODY}
!a 【下载倡议书PDF】　【会员单位在线签署】
!l 上一条：关于召开2024年理事会的通知
!m 秘书处电话：0797-6290731　邮箱：zkjztc@163.com
""",
        body="""
全市瓷砖生产、销售企业：
近年来，受市场需求变化影响，部分企业以低于成本的价格抢占市场，以次充好、偷工减料，严重损害了行业形象和消费者利益。为此，协会向全体会员单位发出如下倡议：
一、坚持诚信经营，不以低于成本的价格销售产品，不做虚假宣传。
⟦l 相关链接：全市建筑陶瓷质量监督抽查结果⟧
二、坚持质量第一，严格执行国家标准，不生产、不销售吸水率、破坏强度不达标的产品。
三、坚持创新发展，加大研发投入，以差异化产品赢得市场。
四、坚持相互监督，发现违反倡议的行为，可向协会秘书处反映。
槠口市建筑陶瓷协会
2024年3月8日
""",
    ),
    dict(
        slug="company-fengxing-html-bicycle-recall",
        site="风行自行车有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.fengxingbike.example.com/news/notice/20240712.html",
        title="关于召回部分F7型儿童自行车的公告",
        record_title="关于召回部分F7型儿童自行车的公告｜风行自行车",
        date="2024-07-12",
        notes="company site HTML; product table; own recall hotline next to the site's sales line; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分F7型儿童自行车的公告｜风行自行车</title><script src="/assets/app.js"></script></head><body>
<header>⟦m 风行自行车　骑向更远⟧ <nav>⟦m 产品中心⟧ ⟦m 品牌故事⟧ ⟦m 新闻公告⟧ ⟦m 售后服务⟧</nav> ⟦a 在线商城⟧</header>
<div class="crumb">⟦m 首页 / 新闻公告 / 公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2024.07.12⟧</p>
{BODY}
<div class="share">⟦l 分享到微信⟧ ⟦l 分享到微博⟧</div>
<footer>⟦m 销售热线：400-818-2266⟧ ⟦m © 2024 风行自行车有限公司　苏ICP备17030215号⟧</footer>
</body></html>
""",
        body="""
尊敬的用户：
我公司在质量回访中发现，部分F7型儿童自行车的前叉焊接部位存在强度不足的隐患，在剧烈骑行时可能断裂，存在安全风险。为保障儿童安全，我公司决定召回相关产品。
召回范围如下：
型号　生产日期　车架编号段
F7-16寸　2023年9月—2023年12月　FX2309001—FX2312480
F7-20寸　2023年10月—2024年1月　FX2310001—FX2401365
请持有上述产品的用户立即停止使用，并联系购买门店或拨打召回专线0512-6818 3090，我公司将免费更换加强型前叉。
由此给您带来的不便，我们深表歉意。
风行自行车有限公司
2024年7月12日
""",
    ),
    dict(
        slug="company-xiangpi-text-quality-statement",
        site="小象文具官网 (invented)",
        style="企业官网",
        genre="声明",
        kind="other",
        form="text",
        source="http://www.xiaoxiangwenju.example.cn/about/news_56.html",
        title="关于网传“橡皮擦含有害物质”的情况说明",
        record_title="关于网传“橡皮擦含有害物质”的情况说明 - 小象文具",
        date="2024-09-12",
        notes="company statement page; repeated title; the body speaks of 扫码 and 下载 as content; date in Chinese numerals",
        page="""
!m 小象文具　|　陪孩子写好每一个字
!m 首页　产品　新闻　关于我们　联系我们
!t 关于网传“橡皮擦含有害物质”的情况说明 - 小象文具
!m 发布：品牌部　　2024-09-12
{T}
{BODY}
!l 相关新闻：小象文具获评省级专精特新企业
!m 客服热线 400-109-6677　　浙ICP备16027733号-1
""",
        body="""
近日，有网络帖子称我公司生产的“小象”系列橡皮擦含有超标有害物质。对此，我公司高度重视，现将有关情况说明如下。
一、我公司橡皮擦产品均按照学生用品安全通用要求组织生产，每批次产品出厂前均经第三方机构检测，邻苯二甲酸酯等指标符合国家标准。
二、9月10日，我公司将市场上抽取的5个批次产品送省产品质量检验研究院检测，结果全部合格。
三、消费者可扫描产品包装上的二维码，查询每一批次的检测报告，也可在我公司官网下载报告原件。
四、对于捏造、散布不实信息的行为，我公司将依法追究责任。
感谢广大消费者的关心与监督。
小象文具股份有限公司
二〇二四年九月十二日
""",
    ),
    dict(
        slug="training-shuangjiang-text-sculling-course",
        site="楝湖水上运动培训中心 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="text",
        source="http://www.lhshuiyun.example.com/kc/2024summer.html",
        title="2024年暑期青少年单人双桨入门班招生简章",
        record_title="【火热报名中】2024年暑期青少年单人双桨入门班招生简章",
        date=None,
        notes="training school text; course table; giveaways and contact prompts; no date (year only in title)",
        page="""
!m 楝湖水上运动培训中心
!m 课程中心 ＞ 赛艇 ＞ 暑期班
!t 【火热报名中】2024年暑期青少年单人双桨入门班招生简章
!w 报名咨询：钱教练 138 7306 2219（微信同号）
{BODY}
!a ☆ 前20名报名赠送训练服一套 ☆　　立即抢位 >>
!l 热门课程：皮划艇体验课 ｜ 成人赛艇周末班
!d 本中心保留活动最终解释权
""",
        body="""
单人双桨是赛艇项目中最能锻炼平衡感和协调性的一种，运动员双手各持一桨，独自完成划行。本中心依托楝湖天然水域，开设暑期青少年入门班。
招生对象：10至16岁，身体健康，会游泳（须能连续游50米）。
课程安排：
班次　上课时间　课时
一期　7月8日—7月19日　20课时
二期　7月22日—8月2日　20课时
课程内容：陆上划船器基础动作、上下艇与落水自救、直线划行、转向和停艇。
安全保障：每名学员全程穿着救生衣，每4名学员配1名教练和1艘保障艇。
""",
    ),
    dict(
        slug="training-mowei-html-ink-painting-class",
        site="墨韵国画培训 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.moyun-art.example.cn/notice/88.html",
        title="墨韵国画培训中心关于寒假课程安排的通知",
        record_title=None,
        date="2024-01-10",
        notes="training-school HTML with floating consult box and trial-lesson prompts; 时间/地点 kept; date in signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知公告-墨韵国画培训</title><script src="/js/float.js"></script></head><body>
<div class="top">⟦m 墨韵国画培训中心　以笔墨养心性⟧ ⟦a 免费试听⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 课程体系⟧ ⟦m 师资团队⟧ ⟦m 学员作品⟧ ⟦m 通知公告⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布人：教务处　阅读：175⟧</div>
{BODY}
<div class="float">⟦w 在线客服：点我咨询课程⟧ ⟦w 咨询电话 0746-3390288⟧</div>
<div class="foot">⟦m 地址：南珂区文昌路66号二楼⟧ ⟦d 图片及作品版权归本中心所有⟧</div>
</body></html>
""",
        body="""
各位学员、家长：
寒假将至，现将本中心寒假课程安排通知如下。
一、上课时间：2024年1月22日至2月2日，每天上午9:00—11:00（少儿班），下午2:30—4:30（成人班）。
二、上课地点：中心二楼一、二号画室。
三、课程内容：少儿班以写意花鸟为主，成人班学习山水画基础技法。
四、学员须自备毛笔、毡垫，宣纸和颜料由中心统一提供。
五、春节期间（2月3日至2月17日）停课，2月18日恢复正常上课。
墨韵国画培训中心
2024年1月10日
""",
    ),
    dict(
        slug="fwapp-suoche-text-funicular-speech",
        site="笔记范文App分享页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bijifanwen.example.com/s/aB7kQ2",
        title="在缆索铁路开通运营仪式上的致辞",
        record_title="在缆索铁路开通运营仪式上的致辞（精选）",
        date="2024-10-01",
        notes="app share page with open-in-app prompts; date under the speech title; speaker line neutral",
        page="""
!m 笔记范文 · 分享
!a 打开App，查看完整内容　　　×
!t 在缆索铁路开通运营仪式上的致辞（精选）
!m 来自 笔记范文 用户「山道弯弯」的收藏
{T}
槲源市文化旅游集团董事长　宋远舟
（2024年10月1日）
{BODY}
!a 想要更多同类范文？下载笔记范文App，海量模板一键套用
!l 你可能喜欢：景区开园仪式致辞 · 索道安全运营承诺书
!d 内容由用户上传，如有侵权请联系我们
""",
        body="""
各位领导、各位来宾、游客朋友们：
今天，槲源山缆索铁路正式开通运营了！这条线路全长1.6公里，高差486米，单程运行仅需7分钟，是我省第一条山地缆索铁路。
项目建设历时两年，建设者们克服山高坡陡、施工场地狭窄等困难，实现了零事故、高质量完工。在此，我代表集团向所有参与建设的单位和同志们表示衷心感谢！
缆索铁路开通后，游客上山时间将由原来的一个半小时缩短到十分钟以内，老人和孩子也能轻松登顶观景。
我们将始终把安全放在第一位，严格执行运营规程，为游客提供安全、舒适的乘坐体验。
谢谢大家！
""",
    ),
    dict(
        slug="fwapp-songjie-text-workshop-report",
        site="公文宝App (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.gongwenbao.example.cn/share/doc?id=9913024",
        title="松节油车间主任2024年度述职报告",
        record_title="松节油车间主任2024年度述职报告【可直接套用】",
        date="2024-12-26",
        notes="app share text; hard-wrapped narrow; VIP prompt glued mid-body; date in signature",
        page="""
!m 公文宝 | 你的随身写作助手
!t 松节油车间主任2024年度述职报告【可直接套用】
!m 字数 512　｜　收藏 37
{BODY}
!a 开通会员，解锁全部10万+范文
!l 热门：2024年度述职报告开头结尾大全
!m 公文宝App　版本 5.2.1
""",
        wrap=40,
        body="""
2024年，我在公司领导班子的带领下，主持松节油车间全面工作。现将一年来的履职情况报告如下。
一、完成生产任务。全年加工松脂1.86万吨，产出松节油3620吨、松香1.41万吨，分别完成年计划的103%和101%。
二、抓好安全环保。松节油属易燃液体，我坚持每周带队检查蒸馏、储罐区，全年整改隐患42项；完成冷凝废水预处理改造，外排水质稳定达标。⟦a 复制全文⟧
三、推进技术改进。牵头实施连续蒸馏工艺改造，蒸汽消耗下降11%。
四、存在不足。车间老员工多，新工艺培训跟不上。
明年，我将着力抓好人才培养和设备升级，努力完成各项目标。
述职人：贾立松
2024年12月26日
""",
    ),
    dict(
        slug="gkforum-youbian-text-shenlun-essay",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="http://bbs.shangan-gk.example.com/thread-119033-1-1.html",
        title="让“小邮编”服务“大民生”",
        record_title="【申论范文】让“小邮编”服务“大民生”（附批改）",
        date=None,
        notes="exam forum floor with junk; essay body; the moderator's comment is chrome; no date",
        page="""
!m 上岸公考论坛 » 申论专区 » 范文交流
!t 【申论范文】让“小邮编”服务“大民生”（附批改）
!m 楼主：一战上岸冲冲冲　　发表于 前天 22:08
!m 阅读权限 10　　在线时间 312 小时
{T}
{BODY}
!l 版主点评：立意准确，论证层次清楚，第三段例子可再具体，预估22/35
!l 回复　　收藏　　送花
!d 论坛资料仅供交流，严禁转载至其他平台
""",
        junk=dict(lines=1, glued=1),
        body="""
邮政编码只有六位数字，却关系着千家万户的包裹与信件能否准确送达。在数字化时代，“小邮编”依然连着“大民生”。
用好“小邮编”，需要精细管理。随着城市扩张和乡镇区划调整，一些新建小区、新设街道还在沿用旧编码，导致邮件分拣错漏。相关部门应及时更新编码，让每一条新路、每一个新村都有准确“地址身份证”。
用好“小邮编”，需要便民服务。部分老年人不会查询邮编，寄递时常常填错。邮政网点可以在窗口张贴辖区编码表，在服务平台提供一键查询，把方便留给群众。
用好“小邮编”，更需要融合创新。将邮编与地理信息、快递网络数据打通，可以为农村寄递物流、应急物资投送提供有力支撑。
小数字，大服务。把“小邮编”用好，就是把民生实事办好。
""",
    ),
    dict(
        slug="gkforum-fangshai-html-interview-answer",
        site="铁饭碗公考社区 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://www.tiefanwan.example.com/thread/30221.html",
        title="结构化面试真题：如何组织户外劳动者防晒降温宣传活动",
        record_title="结构化面试真题：如何组织户外劳动者防晒降温宣传活动",
        date="2024-07-20",
        notes="exam-forum HTML; floor meta; points to redeem; reply box; post date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>结构化面试真题：如何组织户外劳动者防晒降温宣传活动 - 铁饭碗公考社区</title></head><body>
<div class="hd">⟦m 铁饭碗公考社区　考公路上不孤单⟧ ⟦a 签到领积分⟧</div>
<div class="crumb">⟦m 社区首页 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="post-meta">⟦m 楼主 面霸阿彬　发布于 2024-07-20 13:26　浏览 1877⟧</div>
<div class="post">
{BODY}
</div>
<div class="act">⟦l 点赞 96⟧ ⟦l 收藏 210⟧ ⟦a 分享帖子⟧</div>
<div class="replybox">⟦l 说点什么吧…⟧ ⟦a 发表回复⟧</div>
<div class="foot">⟦d 本社区面试答案均为考生自拟，仅供参考⟧</div>
</body></html>
""",
        body="""
题目：盛夏时节，环卫工人、快递员等户外劳动者容易晒伤、中暑。领导让你组织一次防晒降温宣传活动，你会怎么做？
参考作答：
第一，摸清需求。我会先到环卫所、快递网点走访，了解户外劳动者的作息时间和实际困难，确定活动时间放在清晨或傍晚，不影响大家工作。
第二，丰富形式。联合社区卫生服务中心，在爱心驿站设置宣传点，讲解晒伤和中暑的识别与处置；发放防晒袖套、遮阳帽和藿香正气水。
第三，建立长效机制。推动辖区商户设立“清凉驿站”，为户外劳动者免费提供饮用水和休息场所。
最后，活动结束后我会收集反馈，形成总结报告领导。
""",
    ),
]
