"""holdout187, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text, written blind."""

CASES = [
    dict(
        slug="gkforum-shangan-essay-rainforest-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangangk.com/thread-60912-1-1.html",
        title="守护热带雨林，就是守护我们共同的未来",
        record_title="[申论范文] 守护热带雨林，就是守护我们共同的未来（附点评）",
        date=None,
        notes="exam forum; decorated title; forum junk glued; floor meta; no date (post time relative)",
        page="""
!m 上岸公考论坛 » 申论交流 » 范文赏析
!t [申论范文] 守护热带雨林，就是守护我们共同的未来（附点评）
!m 楼主　申论小白鲸　　发表于 5 小时前　　阅读权限 10
{BODY}
!l 【点评】立意准确，分论点层次清楚，结尾可再升华。——版主 笔锋
!l 回复可见：本题完整参考答案及评分标准
!w 申论一对一批改，私信或加Q群 671230984
!m 上岸公考论坛 - 陪你一起上岸
""",
        junk=dict(lines=1, glued=3),
        body="""
热带雨林被称为“地球之肺”，是生物多样性最丰富的陆地生态系统。我国的热带雨林面积不大，却分布着全国四分之一以上的野生动植物物种。守护热带雨林，就是守护我们共同的未来。
守护雨林，要划好保护红线。通过设立国家公园、自然保护区，把最珍贵的原始雨林严格保护起来，让毁林开荒、乱砍滥伐无处可藏。
守护雨林，要让群众得实惠。雨林周边的村民世代靠山吃山，只有发展林下种植、生态旅游等绿色产业，让保护者有收益，保护才能持久。
守护雨林，要靠科技来助力。利用卫星遥感、红外相机、智能巡护系统，可以实时掌握雨林变化，及时发现破坏行为。
雨林不语，却关乎人类的明天。让我们以实际行动守护这片绿色宝库。
""",
    ),
    dict(
        slug="gkforum-kaoba-speech-world-book-day-interview",
        site="考吧公考社区 (invented)",
        style="公考论坛",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.kaoba-gk.net/forum/mianshi/88102.html",
        title="在“4·23世界读书日”全民阅读活动启动仪式上的讲话",
        record_title=None,
        date=None,
        notes="interview-material post; no record title; title found on the page with a [面试素材] tag; no date; reply-to-see box between paragraphs",
        page="""
!m 考吧公考社区
!m 首页 > 面试交流 > 模拟题素材
!t 【面试素材】在“4·23世界读书日”全民阅读活动启动仪式上的讲话
!m 作者：面试上岸啦　|　2天前　|　回复 23　|　查看 1409
{BODY}
!l 本帖被以下专题收录：情景模拟·现场讲话类
!a 发表回复　　[ 回帖奖励 +2 积分 ]
""",
        body="""
各位来宾、各位读者朋友：
大家上午好！今天是第29个世界读书日。我们在这里启动全民阅读活动，就是要让更多的人爱上读书、读好书。
读书可以开阔眼界，也可以涵养心灵。近年来，我们建成城市书房12家、农家书屋186个，但是，群众阅读的热情还有待进一步激发。
⟦a 回复本帖可查看全部7篇同类讲话⟧
这次活动将持续一个月，我们将开展“好书推荐”“亲子共读”“阅读马拉松”等活动，邀请作家走进校园和社区。
希望大家放下手机、拿起书本，让书香飘满我们的城市。谢谢大家！
""",
    ),
    dict(
        slug="wiki-baike-entry-grassland-compensation-html",
        site="百科知道 (invented encyclopaedia)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.zhidao-like.cn/item/草原生态保护补助奖励政策/118827",
        title="草原生态保护补助奖励政策",
        record_title="草原生态保护补助奖励政策_百科知道",
        date=None,
        notes="encyclopaedia entry; entry name as the title; edit links and catalogue; example dates and 20××年 placeholders are no date",
        page="""
<html><head><meta charset="utf-8"><title>草原生态保护补助奖励政策_百科知道</title></head>
<body>
<div class="bk-top">⟦m 百科知道⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<div class="bk-main">
<h1>{T}</h1>
<div class="bk-tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦l 赞 88⟧</div>
<div class="bk-cat">⟦l 目录：1 政策概况 2 补奖标准 3 申领程序⟧</div>
{BODY}
<div class="bk-ref">⟦l 参考资料：[1] 农牧业政策汇编⟧</div>
<div class="bk-stat">⟦m 词条统计　浏览次数：53207　编辑次数：12次历史版本　最近更新：牧野行者⟧</div>
</div>
<div class="bk-foot">⟦d 本词条由网友共同编辑，如有错误请修正⟧ ⟦m ©2024 百科知道⟧</div>
</body></html>
""",
        body="""
草原生态保护补助奖励政策，是国家为保护草原生态、促进牧民增收而实施的一项惠牧政策，简称“草原补奖”。
政策概况
该政策自2011年起在内蒙古、新疆、西藏、青海等主要草原牧区实施，每五年为一个周期。
补奖标准
禁牧补助：对生存环境恶劣、草场严重退化的草原实行禁牧封育，按每亩每年一定标准给予补助。
草畜平衡奖励：对禁牧区域以外的草原，在核定载畜量基础上，对未超载的牧户给予奖励。
申领程序
牧户签订禁牧或草畜平衡责任书后，由嘎查（村）公示，经苏木（乡镇）审核、旗（县）农牧部门审定，补奖资金通过“一卡通”发放。责任书一般写明签订日期，格式如“20××年×月×日”。
""",
    ),
    dict(
        slug="qa-zhiwu-answer-longhorn-beetle",
        site="植物医生问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="http://wenda.zhiwuys.com/q/44710.html",
        title="杨树上的天牛怎么防治？",
        record_title="杨树上的天牛怎么防治？_植物医生问答",
        date="2024-05-09",
        notes="Q&A page; question title decorated with _site; answer time (回答时间) as the page date; numbered methods; expert badge",
        page="""
!m 植物医生问答 — 专家在线答疑
!m 问答首页 > 林木病虫害
!t 杨树上的天牛怎么防治？_植物医生问答
!l 问题描述：村口的杨树好多树干上有虫眼，还往外冒木屑，是不是天牛？该怎么治？
!m 专家：林保站 仇工（高级工程师）　　回答时间：2024-05-09
{BODY}
!l 这个回答对你有帮助吗？　有用(56)　没用(2)
!l 相关问题：松树发黄是什么病？ | 柳树上白色的絮状虫是什么？
!d 专家回答仅供参考，具体用药请咨询当地林业部门。
""",
        body="""
从描述看，是天牛幼虫在树干内蛀食，冒出的木屑是虫粪。防治建议如下：
1.人工捕杀。6月至7月成虫羽化期，组织人员在早晚捕捉成虫；发现产卵刻槽，用锤子敲击杀死虫卵。
2.药剂注孔。找到新鲜排粪孔，用注射器注入内吸性药剂，再用湿泥封口。
3.清除虫源。对受害严重、已无保留价值的树木及时伐除，伐下的木材要处理后再运出。
4.营造混交林。在杨树林中混栽苦楝、臭椿等天牛不喜的树种，能减轻危害。
防治天牛要连防几年，单靠一次打药效果有限。
""",
    ),
    dict(
        slug="netdisk-pan-speech-museum-day-markers",
        site="小方盘 (invented cloud drive)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://pan.xiaofang.cc/s/1wQ7aBcZ",
        title="在“5·18国际博物馆日”主会场活动上的致辞",
        record_title="在“5·18国际博物馆日”主会场活动上的致辞.pdf",
        date="2024-05-18",
        notes="cloud-drive share page; file-name record title; page markers 〔原第2面〕 not glued; date under the title; speaker line neutral",
        page="""
!m 小方盘 — 你的云端文件柜
!t 在“5·18国际博物馆日”主会场活动上的致辞.pdf
!m 分享者：mus_office　　有效期：永久有效　　文件大小：218KB
!a 保存到我的网盘　　　下载（需开通超级会员加速）
!m 在线预览（文字版）
{T}
市文化广电旅游局局长　骆庭川
（2024年5月18日）
{BODY}
!a 预览结束，更多页面请下载后查看
!d 请勿分享违法违规内容，小方盘将依法处理。
""",
        pages=dict(fmt="〔原第{n}面〕", every=180, start=2),
        body="""
各位来宾、朋友们：
今天是第48个国际博物馆日，今年的主题是“博物馆致力于教育和研究”。首先，我代表市文化广电旅游局，对各位的到来表示热烈欢迎！
近年来，全市博物馆事业稳步发展，备案博物馆达到23家，其中非国有博物馆9家；全年举办展览86个，接待观众320万人次。市博物馆推出的“青铜里的古城”研学课程，已有4万多名中小学生参加。
博物馆是大学校。我们将推动更多藏品走出库房、走进课堂，让文物活起来。
祝本次活动圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="netdisk-yunfang-plan-disability-day-html",
        site="云舫网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yunfangpan.com/share/init?surl=Kx81dPq",
        title="2024年“全国助残日”系列活动方案",
        record_title=None,
        date="2024-05-06",
        notes="cloud-drive HTML share page; no record title; title only as a file name on the page (.docx) and inside; date under signature",
        title_also=[],
        page="""
<html><head><meta charset="utf-8"><title>云舫网盘 - 分享文件</title></head>
<body>
<div class="yf-top">⟦m 云舫网盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="yf-share">
<div class="yf-file">⟦m 2024年“全国助残日”系列活动方案.docx⟧ ⟦m 35.6KB⟧ ⟦m 分享时间：2024-05-07 09:20⟧</div>
<div class="yf-btn">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 举报⟧</div>
<div class="yf-preview">
<h3>{T}</h3>
{BODY}
</div>
</div>
<div class="yf-foot">⟦d 云舫网盘仅提供存储服务，分享内容由用户负责⟧</div>
</body></html>
""",
        body="""
今年5月19日是第三十四次全国助残日，主题是“科技助残，共享美好生活”。为做好助残日活动，制定本方案。
一、活动时间：5月13日至5月24日。
二、活动内容
（一）辅具适配进社区。组织辅具服务队深入各街道，为有需求的残疾人免费评估适配轮椅、助听器等辅助器具。
（二）专场招聘会。5月17日举办残疾人专场招聘会，邀请爱心企业提供岗位不少于150个。
（三）文艺汇演。5月19日在市文化中心举办“爱满人间”助残文艺汇演。
三、工作要求：各单位要加强宣传，确保活动安全有序。
市残疾人联合会
2024年5月6日
""",
    ),
    dict(
        slug="snapshot-souxun-notice-whitebait-fishing-ban-html",
        site="搜寻网页快照 of 渔湖县农业农村局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souxun.com/c?u=http://nyj.yuhu.gov.cn/tzgg/20240301/771.html",
        title="关于渔湖银鱼资源保护禁捕期的通告",
        record_title="关于渔湖银鱼资源保护禁捕期的通告",
        date="2024-03-01",
        notes="search cache frame above the page; record title; the document's 举报电话 kept; snapshot stamp is no date",
        page="""
<html><head><meta charset="utf-8"><title>关于渔湖银鱼资源保护禁捕期的通告</title></head>
<body>
<div class="cache-bar">⟦m 这是搜寻网页快照，是网页在 2024年3月9日 04:12 的存档。⟧ ⟦a 点击查看当前网页⟧ ⟦d 搜寻与网页内容无关，不对其内容负责。⟧</div>
<div class="cache-hl">⟦m 您查询的关键词已高亮显示：银鱼 禁捕⟧</div>
<div class="orig">
<div>⟦m 渔湖县农业农村局⟧</div>
<div>⟦m 首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2024-03-01　浏览次数：1302⟧</div>
{BODY}
<div>⟦m 渔湖县农业农村局 主办　电话：0731-8450 2201⟧</div>
</div>
</body></html>
""",
        body="""
为保护渔湖银鱼资源，维护渔湖生态平衡，根据《中华人民共和国渔业法》等法律法规，现就2024年渔湖银鱼禁捕期有关事项通告如下：
一、禁捕时间：2024年3月1日0时至2024年9月30日24时。
二、禁捕范围：渔湖全部水域及与渔湖相连的河道。
三、禁止事项：禁捕期内禁止一切捕捞银鱼的作业方式，禁止在湖区收购、销售银鱼。
四、违反本通告的，由渔政执法机构依法从严查处；构成犯罪的，依法追究刑事责任。
举报电话：0731-8450 2236
渔湖县农业农村局
2024年3月1日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-notice-ghg-inventory-wrapped",
        site="快照存档 of 枧溪县发展和改革局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.example-cache.cn/view?u=fgj.jianxi.gov.cn/2024/0606/2231.html",
        title="关于做好2023年度县级温室气体清单编制工作的通知",
        record_title=None,
        date="2024-06-05",
        notes="text-only cache: wrapped at 64 columns; no record title; cache banner; document's 联系人 and e-mail kept; 成文日期",
        page="""
!m 【快照存档】本页为 2024-06-21 抓取的文本快照，原网页可能已更新
!a 查看原网页 ｜ 纯文字版 ｜ 报告问题
!m 枧溪县发展和改革局 > 工作动态
{T}
!m 发布：2024-06-06　来源：县发改局
{BODY}
!m 枧溪县发展和改革局版权所有　地址：枧溪县解放路21号
""",
        date_also=["2024-06-06"],
        wrap=64,
        indent="\u3000\u3000",
        body="""
县直有关单位：
按照省、市应对气候变化工作部署，我县将于今年编制2023年度县级温室气体清单。现将有关事项通知如下。
一、编制范围：能源活动、工业生产过程、农业、土地利用变化和林业、废弃物处理五个领域。
二、数据报送：请各单位按照附件所列数据需求，于7月15日前将本单位2023年度活动水平数据报送县发改局。统计、农业农村、林业、住建、生态环境等部门要指定专人负责。
三、工作要求：各单位要对报送数据的真实性负责，数据口径要与统计年鉴一致。
联系人：柴明　电话：0759-7812246　邮箱：jxfgjqh@163.com
附件：2023年度温室气体清单编制数据需求表
枧溪县发展和改革局
2024年6月5日
""",
    ),
    dict(
        slug="print-huma-notice-flaxseed-oil-mill-html",
        site="宁丘县市场监督管理局 (invented) print view",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.ningqiu.gov.cn/print.jsp?id=33017",
        title="关于开展胡麻油小作坊质量安全专项检查的通知",
        record_title="打印页 - 关于开展胡麻油小作坊质量安全专项检查的通知",
        date="2024-10-09",
        notes="print view: print/close buttons, print footer with page numbers and URL; decorated record title; 抄送 kept",
        page="""
<html><head><meta charset="utf-8"><title>打印页 - 关于开展胡麻油小作坊质量安全专项检查的通知</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="">
<div class="noprint">⟦a 〖开始打印〗⟧ ⟦a 〖关闭本页〗⟧</div>
<div>⟦m 宁丘县市场监督管理局⟧</div>
<h2>{T}</h2>
<div>⟦m 来源：食品生产科　日期：2024-10-10⟧</div>
{BODY}
<div class="pfoot">⟦p 页码 1 / 1⟧ ⟦m http://scjg.ningqiu.gov.cn/art/33017.html⟧ ⟦m 打印时间：2024/11/02 15:41⟧</div>
</body></html>
""",
        date_also=["2024-10-10"],
        body="""
各市场监管所：
秋收后是胡麻油集中压榨季节。为保障群众“舌尖上的安全”，县局决定于10月15日至11月15日开展胡麻油小作坊质量安全专项检查。
一、检查重点：小作坊登记证是否有效，原料是否霉变，压榨、过滤设备是否清洁，是否违规添加香精，苯并芘等指标是否自检。
二、工作要求：各所要对辖区小作坊逐户检查，建立问题清单，11月20日前将检查情况报县局食品生产科。
抄送：县食品安全委员会办公室。
宁丘县市场监督管理局
2024年10月9日
""",
    ),
    dict(
        slug="print-wenbo-plan-heritage-day-wrapped",
        site="瓯陵县文化遗产保护中心 (invented) print view",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.oulingwy.cn/print/article/1182",
        title="2024年“文化和自然遗产日”宣传展示活动方案",
        record_title=None,
        date="2024-05-27",
        notes="print view in text; wrapped at 70 columns; print header and footer; no record title; print stamp not a date",
        page="""
!a [打印] [关闭]
!m 瓯陵县文化遗产保护中心　　www.oulingwy.cn
{T}
!m 发布日期：2024-05-28
{BODY}
!p ━━━ 第 1 页 共 1 页 ━━━
!m 打印于 2024-06-03 10:22　　本页地址：https://www.oulingwy.cn/article/1182
""",
        date_also=["2024-05-28"],
        wrap=70,
        indent="\u3000\u3000",
        body="""
今年6月8日是“文化和自然遗产日”，为展示我县文化遗产保护成果，增强群众保护意识，制定本方案。
一、活动主题：保护文化遗产　赓续历史文脉
二、主要活动
（一）非遗展演。6月8日在古城南门广场举办非遗项目展演，组织竹编、木雕、剪纸等项目现场展示。
（二）文物开放日。县博物馆、3处文物保护单位当天免费开放，安排讲解员定时讲解。
（三）遗产进校园。组织非遗传承人走进5所中小学开展体验课。
三、工作要求：各承办单位要制定安全预案，确保活动安全有序。
瓯陵县文化遗产保护中心
2024年5月27日
""",
    ),
    dict(
        slug="mail-fwd-notice-3x3-basketball-wrapped",
        site="校园邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://fwd/20240409/3x3-league",
        title="关于举办2024年全县“三人篮球”联赛的通知",
        record_title="Fwd: 关于举办2024年全县“三人篮球”联赛的通知.docx",
        date="2024-04-08",
        notes="forwarded mail: mail headers and forwarder's note on top; wrapped at 66 columns; file-name-like decorated title; mail date differs; sign-up form attachment kept",
        date_also=["2024-04-09"],
        page="""
!m 发件人：体育组 黎老师 <tiyuzu@qzzx.edu.cn>
!m 发送时间：2024年4月9日(星期二) 上午8:46
!m 收件人：全体班主任
!m 主题：Fwd: 关于举办2024年全县“三人篮球”联赛的通知.docx
!w 各位老师，下面是县体育局的通知，有意组队的班级请联系我，电话 138 7025 4410。
!m ---------- 转发的邮件 ----------
!m 发件人：县体育局竞赛科
!m 日期：2024年4月8日 17:20
{T}
{BODY}
!d 此邮件由校园邮箱系统发送，请勿直接回复。
!a 下载全部附件（1个）　　在线预览
""",
        wrap=66,
        body="""
各乡镇、县直各单位、各学校：
为推动全民健身运动开展，县体育局定于5月至6月举办2024年全县“三人篮球”联赛。现将有关事项通知如下。
一、比赛分组：青少年组（18岁以下）、成年男子组、成年女子组。
二、参赛办法：每队报名队员4名（3名上场，1名替补），每人限报一队。
三、比赛规则：采用国际篮联三人篮球最新规则，比赛时间10分钟或先得21分者获胜。
四、报名时间：4月25日前将报名表报县体育局竞赛科。
附件：2024年全县“三人篮球”联赛报名表
县体育局
2024年4月8日
""",
    ),
    dict(
        slug="mail-newsletter-plan-environment-day-html",
        site="企业邮件转发 (invented)",
        style="邮件转发",
        genre="方案",
        kind="plan",
        form="html",
        source="mail://huanbao/fw/20240529",
        title="公司2024年“六五环境日”宣传活动方案",
        record_title="转发：公司2024年“六五环境日”宣传活动方案",
        date="2024-05-28",
        notes="HTML mail with a reply chain; decorated record title 转发：; mail headers meta; confidentiality footer; the document's own 附件 kept under the mail's attachment header",
        date_also=["2024-05-29"],
        page="""
<html><head><meta charset="utf-8"><title>转发：公司2024年“六五环境日”宣传活动方案</title></head>
<body>
<div class="mail-head">
<div>⟦m 发件人：安环部 喻清 &lt;yuqing@tiandun-chem.com&gt;⟧</div>
<div>⟦m 时间：2024-05-29 09:03⟧</div>
<div>⟦m 收件人：各车间主任; 各部门负责人⟧</div>
<div>⟦m 附件：1个（环境日知识竞赛题库.xlsx）⟧</div>
</div>
<div class="mail-body">
<p>⟦w 各位好，请按方案组织，有问题随时找我，分机 6021。⟧</p>
<p>⟦m -------- 原始邮件 --------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mail-foot">⟦d 本邮件及其附件含有保密信息，仅限收件人使用。⟧</div>
</body></html>
""",
        body="""
各车间、各部门：
今年6月5日是第53个世界环境日，主题为“全面推进美丽中国建设”。为增强全员环保意识，制定本方案。
一、活动时间：6月1日至6月7日。
二、活动内容
1.环保知识竞赛：各车间组队参加，题库见附件。
2.厂区环境开放日：6月5日邀请周边社区居民参观污水处理站和在线监测室。
3.“随手关”行动：各办公室下班前检查水电气关闭情况。
三、工作要求：各部门于6月10日前报送活动小结。
附件：环境日知识竞赛题库
安全环保部
2024年5月28日
""",
    ),
]
