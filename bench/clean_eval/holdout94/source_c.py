"""holdout94, part C: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="training-lanjing-snorkel-brochure-html",
        site="蓝境浮潜培训中心 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.lanjing-dive.example.com/course/snorkel-2025.html",
        title="蓝境浮潜培训中心2025年暑期青少年浮潜课程招生简章",
        record_title=None,
        date=None,
        notes="training school: no record title (found in h1); 400 line beside the school's own 报名电话; a consult float; year only in the title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>暑期课程 | 蓝境浮潜</title>
<script src="/js/kefu.js"></script></head><body>
<div class="hd">⟦m 蓝境浮潜 LANJING SNORKEL⟧ ⟦m 全国咨询热线 400-601-3388⟧</div>
<div class="nav">⟦m 首页 课程体系 教练团队 学员风采 联系我们⟧</div>
<h1>{T}</h1>
<p>⟦m 更新于 3天前⟧</p>
{BODY}
<div class="float">⟦w 在线咨询 · 扫码加课程顾问微信领取试听券⟧</div>
<div class="rel">⟦l 热门课程：成人浮潜体验课 / 自由潜入门 / 亲子海洋营⟧</div>
<div class="ft">⟦d 本页图片及文字版权归蓝境浮潜所有⟧ ⟦m 琼ICP备21003398号⟧</div>
</body></html>
""",
        body="""
一、招生对象：8至16岁会游泳的青少年，身体健康，无心脏病、癫痫等不宜下水的疾病。
二、课程安排：每期5天，每天上午3小时，内容包括浮潜装备使用、水面换气、安全手势、海洋生物认知和海上实践。
三、师资安全：每名教练带学员不超过4人，全程配备救生员和安全船，所有学员购买意外伤害保险。
四、收费标准：每期2680元，含装备租用、保险和结业证书。
五、报名方式：到中心前台现场报名，或拨打报名电话0898-8856217。
""",
    ),
    dict(
        slug="fanwenapp-wangxiang-coop-report-oneline",
        site="笔下生花App (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://share.bixiashenghua.example.com/doc/s/9q3KxA",
        title="网箱养殖专业合作社理事长2024年度述职报告",
        record_title="网箱养殖专业合作社理事长2024年度述职报告（word版）｜笔下生花",
        date="2025-01-10",
        notes="writing-app share page: whole body on one line; app download prompt; 成文日期 at the end",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!a 打开笔下生花App，查看全文并一键改写
!m 笔下生花 · 你的写作助手
{T}
!m 作者：江上渔火　字数：612
{BODY}
!a 复制全文需开通会员 ¥18/月
!l 大家还在看：渔业合作社年终总结 | 村集体经济述职报告
""",
        body="""
各位社员代表：
2024年，我在合作社理事会的支持下，带领全体社员围绕“稳产量、提品质、增收入”的目标，较好地完成了各项工作。现将履职情况报告如下。
一是稳定养殖规模。全年投放网箱186口，养殖鲈鱼、鳜鱼两个品种，总产量达到412吨，同比增长9%。
二是推进标准化生产。统一鱼苗、统一饲料、统一防疫，建立产品质量追溯台账，产品全部通过农残检测。
三是拓宽销售渠道。与两家连锁超市签订供货协议，社员每口网箱平均增收4800元。
存在的不足是抗风浪网箱改造进度偏慢。新的一年，我将加快设施升级，带领大家把合作社办得更好。
述职人：聂长河
2025年1月10日
""",
    ),
    dict(
        slug="gkforum-shenlun-sand-mining-junk",
        site="上岸论坛 (invented)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://bbs.shanganlt.example.com/thread-207719-1-1.html",
        title="河道采砂治理要“疏堵结合”",
        record_title="[申论范文] 河道采砂治理要“疏堵结合”（附批改意见） - 申论交流 - 上岸论坛",
        date=None,
        notes="exam forum: decorated title with board and site; junk lines and glued; relative times are not dates",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸论坛 › 申论交流 › 范文点评
{T}
!m 楼主：今年必上岸　发表于 3 天前
!a 电梯直达　只看楼主
{BODY}
!l 批改意见（版主）：立意准确，对策部分可再具体一些，建议补充执法协作的内容。
!a 本帖隐藏的内容：回复后查看评分标准
!l 回复　收藏　分享
""",
        body="""
河道砂石是重要的建设资源，也是维系河势稳定的生态要素。一段时间以来，一些地方非法采砂屡禁不止，既破坏了河床和堤防，也威胁着桥梁和航道安全。
治理河道采砂，首先要“堵”住非法采砂的口子。要落实河长制，健全巡河制度，依法严厉打击夜间偷采、超范围开采等行为。
其次要“疏”通合法供应的渠道。科学编制采砂规划，推行统一开采、统一销售的国有化经营模式，让市场需求有正规渠道满足。
再次要“管”好全过程。运用视频监控和电子围栏，对采砂船只、运砂车辆实行全程监管，做到来源可查、去向可追。
疏堵结合、标本兼治，才能让河道重现清波，让砂石资源服务发展。
""",
    ),
    dict(
        slug="wiki-baike-eco-burial-entry-html",
        site="知途百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhitu.example.com/item/生态安葬/77102",
        title="生态安葬",
        record_title="生态安葬_知途百科",
        date=None,
        notes="encyclopaedia entry: edit links, reference list, a template placeholder date inside the body; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>生态安葬_知途百科</title><script src="/static/bk.js"></script></head><body>
<div class="top">⟦m 知途百科⟧ <input placeholder="搜索词条"> ⟦a 进入词条⟧ ⟦a 登录⟧</div>
<div class="lemma"><h1>{T}</h1><span>⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 上传视频⟧</span>
<p class="summary">⟦m 本词条由“知途百科·民俗频道”参与编辑并审核⟧</p>
{BODY}
<h3>⟦l 参考资料⟧</h3><p>⟦l 1. 殡葬管理条例⟧</p>
<p>⟦m 词条统计：浏览次数 40127　编辑次数 9次历史版本　最近更新：陶陶乐（2天前）⟧</p></div>
<div class="ft">⟦d 知途百科内容由网友共同编辑，如您发现内容有误，欢迎点击编辑修正⟧ ⟦m ©2025 Zhitu⟧</div>
</body></html>
""",
        body="""
生态安葬是指以节约土地、保护环境为目的，不保留或少保留骨灰、不建或少建坟墓的安葬方式。
常见形式包括树葬、花坛葬、草坪葬、骨灰撒散和海葬等。
2.1 树葬：将骨灰装入可降解容器，安葬在树木根部，不立墓碑或只设小型标识。
2.2 海葬：由殡葬服务机构统一组织，将骨灰撒入指定海域，家属可随船参加仪式。
许多地方对选择生态安葬的家庭给予奖补。申请时一般需填写申请表，表中“安葬日期”一栏按“20××年××月××日”的格式填写。
""",
    ),
    dict(
        slug="netdisk-wenge-clam-plan-cn-markers",
        site="橙子网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.chengzi.example.com/s/1Gh7wQx2",
        title="浠岭镇文蛤滩涂养殖区管护工作方案",
        record_title="浠岭镇文蛤滩涂养殖区管护工作方案（定稿）.docx",
        date="2025-04-02",
        notes="cloud-drive share: file-name title; preview markers 〘第n页〙 on lines of their own; 成文日期 in Chinese numerals",
        pages=dict(fmt="〘第{n}页〙", every=170, start=2),
        page="""
!m 橙子网盘　分享者：xl_海事办　有效期：永久
!m 浠岭镇文蛤滩涂养殖区管护工作方案（定稿）.docx　86.2KB
!a 保存到网盘　下载　举报
{BODY}
!a 当前为在线预览，下载后可查看完整格式
!d 橙子网盘严禁分享违法违规内容，如发现请举报
""",
        body="""
为加强文蛤滩涂养殖区管理，维护养殖户合法权益，促进滩涂养殖业健康发展，结合我镇实际，制定本方案。
一、管护范围：镇东部沿海滩涂文蛤养殖区，面积约1.8万亩，涉及养殖户213户。
二、管护措施：一是划定养殖界线，设置警示标志和界桩；二是组建护滩队，每日两次巡查，严防偷采和越界采挖；三是实行苗种放养登记，禁止投放来源不明的苗种。
三、安全管理：涨潮前一小时发布撤离提醒，严禁养殖户和游客在退潮后滞留滩涂深处；每年汛期前开展一次赶海安全演练。
四、职责分工：镇农业服务中心负责养殖技术指导，镇海事办负责安全管理，各沿海村负责日常巡查。
浠岭镇人民政府
二〇二五年四月二日
""",
    ),
    dict(
        slug="snapshot-yidan-mussel-news-frame",
        site="搜一搜快照 / 淯城新闻网 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://cache.souyisou.example.com/c?u=http://www.ycnews.example.cn/sn/2025/0918/55120.html",
        title="淯城贻贝养殖户用上“海上物联网”",
        record_title="淯城贻贝养殖户用上“海上物联网”_淯城新闻网",
        date="2025-09-18",
        notes="search snapshot frame: cache banner and highlight notice; the byline inside the cached page gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>淯城贻贝养殖户用上“海上物联网”_淯城新闻网 - 快照</title></head><body>
<div class="snap">⟦d 这是 http://www.ycnews.example.cn/sn/2025/0918/55120.html 的快照，是网页在 2025年9月21日 的存档。当前页面可能已更改。⟧<br>⟦a 查看当前页面⟧ ⟦a 纯文字版⟧<br>⟦m 以下搜索词已标亮：贻贝 物联网⟧</div>
<hr>
<div class="orig"><div>⟦m 淯城新闻网 | 淯城融媒体中心⟧</div><div>⟦m 首页 &gt; 三农&gt; 正文⟧</div>
<h1>{T}</h1>
<p>⟦m 2025-09-18 16:02　来源：淯城融媒　记者：黄屿⟧</p>
{BODY}
<p>⟦m 编辑：卓一凡⟧</p>
<p>⟦l 热门推荐：淯城渔港改造完工 ｜ 海带收获季开始⟧</p></div>
</body></html>
""",
        body="""
“以前要摇船出海看筏子，现在手机一点，水温、盐度、溶解氧全知道。”9月17日，在淯城镇北湾贻贝养殖区，养殖户阮海生向记者展示他的手机。
今年，县海洋渔业部门在北湾养殖区布设了16个水质监测浮标，数据实时传到养殖户手机上，遇到赤潮、低氧等情况自动预警。
据介绍，全县贻贝养殖面积1.2万亩，年产量约4万吨。物联网设备投用以来，养殖户出海巡查次数减少了一半，因灾损失明显下降。
""",
    ),
    dict(
        slug="print-youyu-squid-fleet-notice",
        site="濡川县海洋与渔业局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="text",
        source="http://hyj.ruchuan.example.gov.cn/print.jsp?id=30221",
        title="关于做好鱿鱼钓船队远海作业安全生产工作的通知",
        record_title="打印预览 - 关于做好鱿鱼钓船队远海作业安全生产工作的通知",
        date="2025-07-03",
        notes="print view: print header with URL and print time, a print footer page line; 印发 line and 抄送 kept",
        page="""
!m 濡川县海洋与渔业局
!m http://hyj.ruchuan.example.gov.cn/print.jsp?id=30221
!m 打印时间：2025/7/10 15:22:08
{T}
濡海渔〔2025〕19号
{BODY}
!p 第 1 页（共 1 页）
!a [关闭本页]
""",
        body="""
各渔业公司、各鱿鱼钓船：
当前正值远海鱿鱼钓生产旺季，为切实保障船员生命财产安全，现就有关事项通知如下：
一、严格出港检查。渔船出港前必须完成救生、消防、通信设备检查，船员配备率达不到要求的不得出港。
二、落实船位监控。船队须保持北斗终端全天候开机，每日两次向公司报告船位和生产情况。
三、加强气象防范。密切关注台风和强对流天气预报，接到撤离指令后立即组织船舶就近避风。
四、做好船员管理。严禁船员酒后值班，开展一次落水救助和弃船演练。
濡川县海洋与渔业局
2025年7月3日
抄送：县应急管理局、县海事处。
濡川县海洋与渔业局办公室　2025年7月3日印发
""",
    ),
    dict(
        slug="mail-guiyu-station-request-forward",
        site="鳜鱼良种场 邮件转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:yuzheng@weiling.example.gov.cn",
        title="关于申请鳜鱼良种繁育车间改造资金的请示",
        record_title="Fw: 关于申请鳜鱼良种繁育车间改造资金的请示.docx",
        date="2025-03-03",
        date_also=["2025-03-05"],
        notes="forwarded mail: headers, the mail's own attachment line, a reply quote line; document's 联系人 kept; the mail's send date also accepted",
        page="""
!m 发件人：潆溪县水产良种场 <lzc_yx@example-mail.com>
!m 发送时间：2025年3月5日（星期三）上午9:12
!m 收件人：县农业农村局渔政股 <yuzheng@weiling.example.gov.cn>
!m 主题：Fw: 关于申请鳜鱼良种繁育车间改造资金的请示.docx
!m 附件：关于申请鳜鱼良种繁育车间改造资金的请示.docx（31KB）
!a 下载附件　预览　存到网盘
---------- 转发的邮件 ----------
{T}
{BODY}
!d 本邮件及其附件含有保密信息，仅限收件人使用，如误收请立即删除。
!m 发自我的手机邮箱
""",
        body="""
县农业农村局：
我场鳜鱼良种繁育车间建于2009年，经过十余年使用，循环水系统老化、保温性能差，已难以满足亲鱼培育和苗种繁育需要。
为提升良种供应能力，我场拟对繁育车间进行改造，主要内容为：更新循环水处理设备一套、改造保温屋面1200平方米、新建苗种暂养池20个。
项目总投资186万元，我场自筹56万元，恳请局里给予项目资金支持130万元。
妥否，请批示。
附件：1. 繁育车间改造项目预算表
2. 车间现状照片
潆溪县水产良种场
2025年3月3日
（联系人：龚宝林，电话：13907341552）
""",
    ),
    dict(
        slug="fanwen-dazhaxie-host-script-placeholders",
        site="美文范本网 (invented)",
        style="范文站",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.meiwenfb.example.com/zcc/20250921/66310.html",
        title="大闸蟹开捕节开幕式主持词",
        record_title="【精品】大闸蟹开捕节开幕式主持词（3篇可选）_美文范本网",
        date=None,
        notes="范文 site: title thrice (one glued before the first line); ×× placeholders in the host script; no date",
        page="""
!m 美文范本网 — 好范文 随手用
!m 首页 > 主持词 > 开幕式主持词
{T}
!m 栏目：开幕式主持词　时间：09-21　热度：2041℃
!a 【立即下载】【复制内容】【收藏】
{T}{BODY}
!w 需要原创定制主持词？加写手微信：mwfb_2025，当天出稿
!l 猜你感兴趣：丰收节主持词｜开镰节开幕式主持词｜农民运动会主持词
""",
        body="""
尊敬的各位领导、各位来宾，女士们、先生们：
大家上午好！金秋九月，蟹肥菊黄。今天，我们在美丽的××湖畔隆重举行20××年××大闸蟹开捕节开幕式。
首先，请允许我介绍出席今天开幕式的领导和嘉宾，他们是：×××、×××。让我们以热烈的掌声表示欢迎！
下面，请××县县长×××致辞。
下面，请养殖户代表×××发言。
下面，有请各位领导上台，共同开启开捕仪式。
女士们、先生们，开幕式到此结束，欢迎大家品尝鲜美的大闸蟹，谢谢大家！
""",
    ),
    dict(
        slug="wenku-jinqiang-tuna-summary-html-markers",
        site="云阅文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://wenku.yunyue.example.com/view/8f3c10a2.html",
        title="金枪鱼加工车间2025年上半年安全培训工作总结",
        record_title="金枪鱼加工车间2025年上半年安全培训工作总结 - 云阅文库",
        date="2025-07-05",
        notes="文库 reader with ◖n◗ page-marker paragraphs cutting paragraphs; VIP prompts; 成文日期",
        pages=dict(fmt="◖{n}◗", every=180, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>金枪鱼加工车间2025年上半年安全培训工作总结 - 云阅文库</title>
<script src="/reader/reader.min.js"></script></head><body>
<div class="tb">⟦m 云阅文库⟧ <a>⟦a 开通VIP 海量文档免费读⟧</a> <a>⟦a 登录/注册⟧</a></div>
<div class="docinfo"><h1>{T}</h1><span>⟦m 4页　1.2万阅读　上传于2025-07-09⟧</span> <span>⟦m 贡献者：lc_安环⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 剩余2页未读，开通VIP继续阅读⟧</div>
<div class="btns">⟦a 下载文档⟧ ⟦a 加入书架⟧ ⟦a 分享⟧</div>
<div class="rec">⟦l 相关推荐：水产品加工厂安全生产总结｜冷链车间培训计划｜食品企业消防演练方案⟧</div>
</body></html>
""",
        body="""
上半年，金枪鱼加工车间坚持“培训先行、人人过关”，围绕低温作业、刀具使用和液氨安全开展了系统培训，全车间未发生一起安全生产事故。
一、培训开展情况。共组织集中培训12次，参训员工达到526人次；新入职员工42人全部完成三级安全教育并考试合格。
二、突出重点岗位。对解冻、切割、超低温冷冻岗位员工开展实操培训，重点讲解防切割手套佩戴、超低温防冻伤和冷库防困知识。
三、开展应急演练。5月组织一次液氨泄漏应急疏散演练，全车间员工3分钟内全部撤离到安全区域。
四、下一步打算。下半年将编制岗位安全操作卡，开展“师带徒”安全帮教，进一步提高员工安全技能。
金枪鱼加工车间
2025年7月5日
""",
    ),
]
