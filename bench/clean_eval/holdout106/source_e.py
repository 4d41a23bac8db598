"""holdout106, part E: a door-god woodblock show in a text-only cache, a school anaemia notice, a
butter-processing co-op's charter, an arrowhead-vs-water-chestnut answer, a residents' bedding rule,
a birdcage workshop's summary on a cloud drive, a kumiss-festival host script in a writing app, a
barbecue trade association's proposal, a bagpipe band on a hobby forum, a stinky-tofu plan on a
download station, a tightrope show's safety plan by mail, a rickets answer and a wild-rice breeding
news. Everything invented."""

CASES = [
    dict(
        slug="snapshot-text-door-god-exhibit-notice",
        site="寻踪网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.xunzong.example.com/cache?id=8b1f0d&url=www.yuanfy.example.cn/news/771.html",
        title="关于举办“门神木版画展”的通知",
        record_title="关于举办“门神木版画展”的通知_寻踪快照",
        date="2025-01-15",
        notes="text-only cache; banner with crawl time (not a date); decorated record title; the centre's 联系电话 kept",
        page="""
!m 【寻踪快照】本页是 www.yuanfy.example.cn/news/771.html 于 2025-02-27 03:40 的文字版快照，原网页可能已更新。
!a 查看原始网页 | 仅显示文字版
!m 榕口县非物质文化遗产保护中心 > 通知公告
{T}
{BODY}
!m 榕口县非物质文化遗产保护中心　版权所有
""",
        body="""
各有关单位、广大市民：
为弘扬传统年俗文化，县非物质文化遗产保护中心定于2025年1月20日至2月12日在县文化馆一楼展厅举办“门神木版画展”。
本次展览展出清代至今的门神木版画原版四十余块、印本一百二十余幅，并设置现场拓印体验区，市民可亲手印制门神画带回家。
展览免费开放，每周一闭馆。团体参观请提前预约，联系电话：0771-3320 8815。
榕口县非物质文化遗产保护中心
2025年1月15日
""",
    ),
    dict(
        slug="edu-text-anaemia-screening-notice",
        site="樨口县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.xikou.example.gov.cn/tzgg/2025/0303/1991.html",
        title="关于开展农村义务教育学生贫血筛查与营养干预工作的通知",
        record_title="关于开展农村义务教育学生贫血筛查与营养干预工作的通知",
        date="2025-03-03",
        notes="education portal text; hard-wrapped at 64 columns; page markers glued in a wrapped text; 附件 list kept",
        page="""
!m 樨口教育网　　首页　教育新闻　通知公告　招生考试　资源下载
!m 您现在的位置：首页 >> 通知公告
{T}
!m 作者：体卫艺科　发布时间：2025-03-03　阅读：433次
{BODY}
!a 【推荐给朋友】【打印本文】【返回顶部】
!m Copyright 2025 樨口县教育局　湘ICP备12009988号
""",
        wrap=64,
        indent="　　",
        pages=dict(fmt="〖{n}〗", every=200, start=2, glue=True),
        body="""
各农村中小学：
为改善农村学生营养健康状况，县教育局会同县卫健局，决定在全县农村义务教育学校开展学生贫血筛查与营养干预工作。
一、筛查对象为全县农村义务教育学校在校学生，筛查项目为血红蛋白检测，由乡镇卫生院派员到校进行。
二、对筛查发现的贫血学生，学校要建立个人台账，在营养餐中适当增加瘦肉、动物肝脏和绿叶蔬菜，并于三个月后复查。
三、各校要通过家长会、致家长的一封信等形式，向家长宣传合理膳食知识。
附件：1. 学生贫血筛查登记表
2. 营养干预食谱参考
樨口县教育局
2025年3月3日
""",
    ),
    dict(
        slug="docshare-html-butter-coop-charter",
        site="共享文档坊 (invented)",
        style="文档分享",
        genre="章程",
        kind="other",
        form="html",
        source="https://www.wdfang.example.com/p/88314.html",
        title="椤岭县高原酥油加工专业合作社章程",
        record_title="椤岭县高原酥油加工专业合作社章程.wps",
        date="2024-11-26",
        notes="document-sharing HTML; file-name record title (.wps); the upload time is not a date; articles; adoption date at the end",
        page="""
<html><head><meta charset="utf-8"><title>椤岭县高原酥油加工专业合作社章程.wps - 共享文档坊</title></head><body>
<div class="hd">⟦m 共享文档坊　好资料，大家分享⟧</div>
<div class="info"><h1>{T}</h1><span>⟦m 上传于 2025-01-09　·　2页　·　下载 41 次⟧</span></div>
<div class="tips">⟦a 试读前两页，完整版需 5 积分下载⟧</div>
{BODY}
<div class="up">⟦d 本文档由用户上传分享，平台仅提供存储与展示服务，如有版权问题请联系我们处理。⟧</div>
<div class="rec">⟦l 猜你喜欢：养殖合作社章程范本　农民专业合作社财务制度⟧</div>
</body></html>
""",
        body="""
第一章　总则
第一条 为规范本社组织和行为，保护成员合法权益，根据《中华人民共和国农民专业合作社法》，制定本章程。
第二条 本社由三十一名牧户发起设立，住所为椤岭县高原乡牧民新村6号。
第三条 本社以服务成员为宗旨，主要业务为鲜奶收购、酥油和奶渣加工、产品销售。
第二章　成员
第四条 具有民事行为能力、从事牦牛养殖的牧户，承认并遵守本章程，可以申请成为本社成员。
本章程于2024年11月26日经成员大会通过。
""",
    ),
    dict(
        slug="qa-text-arrowhead-vs-water-chestnut",
        site="百事通问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.baishitong.example.com/question/66120913.html",
        title="慈姑和荸荠有什么区别？",
        record_title=None,
        date="2024-12-03",
        notes="Q&A page; no record title, the question on the page; 回答时间 as page date; answer list and vote bar; no document date",
        page="""
!m 百事通问答 — 农业 / 蔬菜
{T}
!m 提问者：菜篮子大妈　　浏览 3,077
!m 优质回答　　菜园子老刘　　回答时间：2024-12-03
{BODY}
!l 有用 89　没用 2　　评论 7
!l 其他回答（2）
!l 同类问题：茭白为什么会有黑点？
!m 百事通问答 © 2025
""",
        body="""
慈姑和荸荠都是水生蔬菜，又都在冬天上市，很多人分不清，其实区别不小。
从外形看，荸荠是扁圆形，外皮紫黑色，顶上有短芽；慈姑是圆球形或椭圆形，外皮黄白色，顶上有一根弯弯的长芽。
从口感看，荸荠脆甜多汁，可以生吃；慈姑淀粉多，略带苦味，一般要炒、炖或者烧肉。
从植物看，荸荠是莎草科植物的球茎，慈姑是泽泻科植物的球茎，亲缘关系并不近。
""",
    ),
    dict(
        slug="community-html-bedding-airing-rules",
        site="桤湾社区居委会网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.qwsq.example.cn/notice/show.asp?id=602",
        title="关于规范楼道及阳台晾晒被褥的倡议",
        record_title="关于规范楼道及阳台晾晒被褥的倡议",
        date="2025-04-22",
        notes="residents' site HTML, ASP table layout; body line that is all chrome between paragraphs; the grid's own phone kept; a sentence about 扫码 kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>桤湾社区居委会网</title></head><body>
<table width="900"><tr><td>⟦m 桤湾社区居委会⟧</td><td>⟦m 服务居民　建设家园⟧</td></tr></table>
<table width="900"><tr><td>⟦m 首页 | 社区概况 | 公告通知 | 便民服务 | 居民之声⟧</td></tr></table>
<table width="900"><tr><td>
<div align="center"><font size="4">{T}</font></div>
<div align="center">⟦m 发布人：居委会　发布时间：2025-4-22　已阅：156⟧</div>
{BODY}
</td></tr></table>
<table width="900"><tr><td>⟦m 居委会地址：桤湾街道滨河路12号　值班电话：0731-8612 3300⟧</td></tr></table>
</body></html>
""",
        body="""
各位居民：
近来天气晴好，不少居民在楼道扶手、消防通道和阳台外沿晾晒被褥，既影响通行和消防安全，又存在被褥坠落伤人的隐患。为此，居委会倡议：
一、不在楼道、消防通道内晾晒衣物被褥，不占用疏散楼梯。
⟦l 【相关】社区开展消防通道清理专项行动⟧
二、阳台晾晒须使用室内晾衣架，不将被褥搭挂在阳台护栏外侧。
三、小区内已设置三处公共晾晒区，居民可扫描晾晒区立牌上的二维码预约使用。
如有疑问，请联系本楼栋网格员，电话：139 7310 2286。
桤湾社区居民委员会
2025年4月22日
""",
    ),
    dict(
        slug="netdisk-html-birdcage-workshop-summary",
        site="云舱网盘 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yuncang.example.com/share/Qa8PzX2m",
        title="檀峪竹编鸟笼非遗工坊2024年度工作总结",
        record_title=None,
        date="2025-01-20",
        notes="cloud-drive HTML preview; no record title (title on the page and in the file name); save/download buttons, expiry line; report-abuse link",
        page="""
<html><head><meta charset="utf-8"><title>云舱网盘 - 分享</title></head><body>
<div class="bar">⟦m 云舱网盘⟧　⟦a 登录⟧　⟦a 注册领1T空间⟧</div>
<div class="file">⟦m 鸟笼工坊2024总结.docx　38KB　2025-01-21 分享⟧</div>
<div class="ops">⟦a 保存到云舱　下载　分享给好友⟧</div>
<div class="exp">⟦m 此链接7天后失效⟧</div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="foot">⟦a 举报该分享⟧　⟦d 云舱网盘不对用户分享内容负责⟧</div>
</body></html>
""",
        body="""
2024年，工坊在县文旅局的支持下，坚持“传承技艺、带动就业”，各项工作取得新进展。
一是扩大传承队伍。全年举办竹编鸟笼技艺培训班四期，培训学员九十二人，其中十五人已能独立完成整只鸟笼。
二是增加群众收入。工坊采取“订单+农户”方式，带动周边五十多户农户在家编制笼条、笼门，户均增收六千余元。
三是拓展销售渠道。参加各类非遗展会七次，开设网店两家，全年销售鸟笼和竹编摆件三千余件。
明年，工坊将开发竹编灯罩、收纳盒等日用产品，让老手艺走进更多家庭。
檀峪竹编鸟笼非遗工坊
2025年1月20日
""",
    ),
    dict(
        slug="app-html-kumiss-festival-host-script",
        site="妙笔生花APP (invented)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://share.miaobi.example.com/doc/4471093",
        title="首届桤原马奶节开幕式主持词",
        record_title="首届桤原马奶节开幕式主持词｜妙笔生花",
        date=None,
        notes="writing-app share HTML; decorated ｜app title; 男/女 host lines; no date (a year only in the text); open-app banner and member prompts",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>首届桤原马奶节开幕式主持词｜妙笔生花</title></head><body>
<div class="banner">⟦a 妙笔生花APP　打开APP查看完整范文⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 主持词 · 节庆活动　1.1万次阅读⟧</div>
{BODY}
<div class="vip">⟦a 开通会员，去广告、免费复制全文⟧</div>
<div class="more">⟦l 更多推荐：那达慕大会主持词　丰收节开幕式主持词⟧</div>
</body></html>
""",
        body="""
男：尊敬的各位领导、各位来宾！
女：亲爱的牧民朋友们！
合：大家上午好！
男：七月的桤原草原，绿草如茵，牛羊成群。
女：在这美好的季节里，我们迎来了首届桤原马奶节。
男：马奶酒是草原人民待客的佳品，传承着千百年的游牧文化。
女：本届马奶节将举办马奶酒品评、传统赛马和牧民歌舞等活动。
男：下面，我宣布，首届桤原马奶节开幕式现在开始！
""",
    ),
    dict(
        slug="association-text-barbecue-proposal",
        site="栾湾县餐饮行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.lwcyxh.example.org/xhdt/2025-05-09.html",
        title="关于文明经营夜间烧烤的倡议书",
        record_title="【协会倡议】关于文明经营夜间烧烤的倡议书",
        date="2025-05-09",
        notes="association text page; decorated title; member-service line and join prompt as chrome; chrome glued before a body line",
        page="""
!m 栾湾县餐饮行业协会 · 会员之家
!m 首页 / 协会动态 / 倡议书
{T}
!m 发布：协会秘书处　日期：2025-05-09　阅读：208
{BODY}
!w 会员单位入会、年检，请致电协会秘书处
!m 协会地址：栾湾县商贸大厦9楼　邮编 421800
""",
        body="""
全县烧烤经营者：
夏季到来，夜间烧烤进入旺季。为营造整洁、安静、安全的夜间消费环境，县餐饮行业协会向全体烧烤经营者发出如下倡议：
一、守规经营。在划定的区域和时段内经营，不占道、不扰民，23时后降低音响音量。
⟦a 转发倡议，共创文明夜市⟧二、绿色环保。使用无烟烧烤炉或安装油烟净化设备，餐厨垃圾分类存放、及时清运。
三、诚信经营。明码标价，不缺斤短两，使用来源可追溯的肉类食材。
四、安全第一。规范使用燃气和木炭，门店配备灭火器，不向未成年人售酒。
栾湾县餐饮行业协会
2025年5月9日
""",
    ),
    dict(
        slug="forum-html-bagpipe-band-rehearsal-jammer",
        site="乐友社区 (invented hobby forum)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.yueyou.example.com/forum.php?mod=viewthread&tid=19320",
        title="梣原风笛乐团秋季排练安排及新团员招募",
        record_title="梣原风笛乐团秋季排练安排及新团员招募 - 管乐天地 - 乐友社区",
        date="2025-09-05",
        notes="Discuz-like hobby forum HTML with jammer fonts and a junk line; floors; rehearsal table kept; the band's own contact kept",
        page="""
<html><head><meta charset="utf-8"><title>梣原风笛乐团秋季排练安排及新团员招募 - 管乐天地 - 乐友社区</title></head><body>
<div id="hd">⟦m 乐友社区 · 爱音乐的人都在这⟧</div>
<div id="pt">⟦m 乐友社区 › 管乐天地 › 正文⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 风笛老陈 | 发表于 2025-9-5 19:02 | 查看 611 | 回复 9⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="reply">⟦l 板凳　苏格兰短裙　想报名，零基础可以吗？⟧</div>
<div class="fastpost">⟦a 您需要登录后才可以回帖　登录 | 立即注册⟧</div>
<div class="ft">⟦m Powered by Discuz! X3.4⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
各位团员、乐友：
秋季排练从9月13日开始，每周六下午在市青少年宫四楼排练厅进行。新的一季主要排练两首进行曲，为12月的新年音乐会做准备。
日期　　时间　　内容
9月13日　　14:00—17:00　　分声部练习
9月20日　　14:00—17:00　　合排进行曲
9月27日　　14:00—17:00　　鼓队与笛队合练
同时招募新团员，有竖笛或其他管乐基础者优先，乐团提供练习笛，学会后再自购风笛。
报名请联系团长陈一凡：电话 137 9100 4521。
梣原风笛乐团
2025年9月5日
""",
    ),
    dict(
        slug="download-html-stinky-tofu-plan-mirrors",
        site="公文下载站 (invented)",
        style="资料下载站",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.gwxzz.example.net/down/37718.html",
        title="柘湖市臭豆腐小作坊食品安全专项整治工作方案",
        record_title="柘湖市臭豆腐小作坊食品安全专项整治工作方案（word版免费下载）",
        title_in="decorated",
        date="2025-04-15",
        notes="download-station HTML; file-info table with mirror links and a dead-link report; decorated title; decimal headings",
        page="""
<html><head><meta charset="utf-8"><title>柘湖市臭豆腐小作坊食品安全专项整治工作方案（word版免费下载）</title></head><body>
<div class="top">⟦m 公文下载站 — 免费公文范本下载⟧</div>
<h1>{T}</h1>
<table class="info"><tr><td>⟦m 文件大小：52KB⟧</td><td>⟦m 文件格式：.docx⟧</td></tr><tr><td>⟦m 更新日期：2025-05-03⟧</td><td>⟦m 下载次数：317⟧</td></tr></table>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 本地下载一　本地下载二　网盘下载⟧</div>
<div class="err">⟦a 无法下载？点击报告死链⟧</div>
<div class="ft">⟦d 本站所有资料均来自网络，版权归原作者，仅供学习参考。⟧</div>
</body></html>
""",
        body="""
为规范臭豆腐生产加工小作坊经营行为，保障群众饮食安全，决定在全市开展臭豆腐小作坊食品安全专项整治。
1 整治范围
全市从事臭豆腐及卤水制作的食品小作坊和现做现售摊点。
2 整治重点
2.1 卤水来源和制作过程是否卫生，是否违规添加硫酸亚铁等非食用物质。
2.2 生产场所是否符合卫生条件，从业人员是否持有健康证明。
3 工作步骤
3.1 4月下旬为排查摸底阶段，建立小作坊名录。
3.2 5月至7月为集中整治阶段，开展抽检和现场检查。
柘湖市市场监督管理局
2025年4月15日
""",
    ),
    dict(
        slug="mail-html-tightrope-safety-plan-forward",
        site="榧田县文旅局邮件系统 (invented)",
        style="邮件转发",
        genre="工作方案",
        kind="plan",
        form="html",
        source="mail://mail.ftwl.example.gov.cn/read?mid=20250926-1107",
        title="榧田县国庆期间达瓦孜高空走索表演安全保障方案",
        record_title="转发：榧田县国庆期间达瓦孜高空走索表演安全保障方案",
        date="2025-09-25",
        notes="forwarded mail HTML; 转发： title; mail headers and a one-line covering note; quoted header block; confidentiality footer",
        page="""
<html><head><meta charset="utf-8"><title>转发：榧田县国庆期间达瓦孜高空走索表演安全保障方案</title></head><body>
<div class="hdr">⟦m 发件人：县文旅局办公室 &lt;bgs@ftwl.example.gov.cn&gt;⟧<br>⟦m 收件人：景区管理处；县公安局治安大队；县应急局⟧<br>⟦m 时间：2025-09-26 11:07⟧<br>⟦m 主题：转发：榧田县国庆期间达瓦孜高空走索表演安全保障方案⟧</div>
<p>请各单位按方案做好保障，谢谢。</p>
<div class="quote">⟦m -----原始邮件-----⟧</div>
<h3>{T}</h3>
{BODY}
<div class="sig">⟦d 本邮件仅供收件人使用，未经许可不得转发至外网。⟧</div>
<div class="ops">⟦a 回复　转发　删除　标为未读⟧</div>
</body></html>
""",
        body="""
为确保国庆期间古城广场达瓦孜高空走索表演安全有序，制定本方案。
一、表演时间：10月1日至10月7日，每天上午11时和下午4时各一场。
二、职责分工
景区管理处负责索具每日检测和表演区域围挡；县公安局负责现场秩序维护和人流管控；县应急局负责应急救援力量预置。
三、安全要求
1. 遇风力五级以上或雷雨天气，立即停止表演。
2. 走索下方设置安全网，观众距立杆不少于十五米。
3. 现场设医疗救护点一处，救护车全程待命。
榧田县文化和旅游局
2025年9月25日
""",
    ),
    dict(
        slug="qa-html-rickets-vitamin-d-answer",
        site="育儿问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.yuerww.example.com/ask/770213.html",
        title="宝宝枕秃、出汗多是佝偻病吗？要不要补维生素D？",
        record_title="宝宝枕秃、出汗多是佝偻病吗？要不要补维生素D？_育儿问问",
        date=None,
        notes="parenting Q&A HTML; decorated _site title; doctor card; 回答于 relative time (no date); not-medical-advice notice; related questions",
        page="""
<html><head><meta charset="utf-8"><title>宝宝枕秃、出汗多是佝偻病吗？要不要补维生素D？_育儿问问</title></head><body>
<div class="hd">⟦m 育儿问问　妈妈们的问答社区⟧　⟦a 我要提问⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 宝宝5个月　提问于 2天前⟧</div>
<div class="doc">⟦m 儿科　付晓岚　主治医师　回答于 1天前⟧</div>
{BODY}
<div class="bar">⟦l 有帮助(62)　追问　分享⟧</div>
<div class="tip">⟦d 回答仅供参考，不能代替医生面诊。⟧</div>
<div class="rel">⟦l 相关问题：宝宝维生素D要补到几岁？⟧</div>
</body></html>
""",
        body="""
您好，枕秃和出汗多不能直接说明是佝偻病。
很多小宝宝头部出汗多，是因为新陈代谢旺盛、穿盖过多；枕秃则常与躺着时头部来回摩擦有关，属于正常现象。
判断是否患佝偻病，还要看有没有方颅、肋骨串珠、囟门闭合延迟等体征，必要时查血清维生素D水平。
无论是否有这些表现，纯母乳喂养的宝宝都建议从出生后数天开始每天补充维生素D四百国际单位，并多带宝宝到户外晒太阳。
如果还是不放心，建议到儿保门诊做一次体检。
""",
    ),
    dict(
        slug="university-text-wild-rice-breeding-wrapped",
        site="椤岭农业大学新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.llau.example.edu.cn/kyjz/2025/1023/5532.htm",
        title="我校茭白新品种“椤白3号”通过省级品种登记",
        record_title="我校茭白新品种“椤白3号”通过省级品种登记-椤岭农业大学新闻网",
        date="2025-10-23",
        notes="university news text, hard-wrapped at 60 columns; byline; photo caption and 审核 line as meta inside and after the body",
        page="""
!m 椤岭农业大学新闻网　　学校首页 | 综合新闻 | 科研进展 | 校园文化
!m 当前位置：首页 > 科研进展
{T}
!m 来源：园艺学院　作者：倪青　发布日期：2025-10-23　浏览量：980
{BODY}
!m 初审：蒋禾　复审：乔远　终审：宣传部
!l 上一篇：我校在全国大学生农业创新大赛中获佳绩
!l 下一篇：学校召开2025年科研工作推进会
""",
        wrap=60,
        indent="　　",
        body="""
近日，由我校园艺学院水生蔬菜课题组选育的茭白新品种“椤白3号”通过省级非主要农作物品种登记。
该品种是课题组经过八年系统选育而成的双季茭白品种，具有孕茭率高、肉质洁白、耐储运等特点，夏茭和秋茭亩产合计可达三千五百公斤以上。
⟦m 图为课题组成员在试验田查看茭白长势。⟧
课题组负责人介绍，下一步将在省内五个茭白主产县建立示范基地，推动新品种尽快走进农户的水田。
""",
    ),
]
