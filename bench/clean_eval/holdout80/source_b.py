"""holdout80, part B: a blog, WeChat mirrors, sharing sites, education portals, intranets and Q&A.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-moshui-fountain-pen-repair-text",
        site="墨水瓶的小屋 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://moshuiping.example.blog.cn/article/20250219.html",
        title="修钢笔二十年，我总结的几条经验",
        record_title="【原创】修钢笔二十年，我总结的几条经验",
        date=None,
        notes="blog with a 'posted 2 hours ago' relative time and a crawl stamp (no date); numbered list; a reading-count line; a follow prompt glued before the first sentence",
        page="""
!m 墨水瓶的小屋 · 钢笔修理与收藏
!t 【原创】修钢笔二十年，我总结的几条经验
!m 2小时前　阅读(566)　评论(9)
⟦a 关注博主不迷路→⟧{BODY}
!l 分类：修笔手记　|　标签：钢笔 笔尖 墨囊
!l 评论区　小林：第三条太实用了
!m 本页抓取于 2025-02-19 10:02:33
""",
        body="""
从学徒算起，我修钢笔已经二十年了，写几条经验给刚入门的朋友。
1.不出水先别急着拆笔尖，十有八九是墨水干结，用温水泡一夜就好。
2.笔尖歪了要用软木垫着慢慢掰，千万不能用钳子直接夹。
3.旧墨囊老化发硬，最好整只更换，补胶只能撑几个月。
4.修好的笔先写满一页纸再交给主人，确认出水均匀。
修笔不难，难的是耐心。
""",
    ),
    dict(
        slug="wechat-mirror-daomang-guide-dog-base-html",
        site="公众号镜像·导盲犬训练基地 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://wx.mirrorhub.example.com/s/Gd7kq2LmZa",
        title="让导盲犬顺利出行的倡议书",
        record_title="倡议｜让导盲犬顺利出行的倡议书",
        date="2025-04-28",
        notes="WeChat-style mirror: account name, 原创 label, 'read the original', 在看/赞 bar, a follow card and QR prompt; the document asks readers to 分享/关注 as content",
        page="""
<html><head><meta charset="utf-8"><title>倡议｜让导盲犬顺利出行的倡议书</title><meta name="viewport" content="width=device-width"></head>
<body><div class="rich_media">
<h1>⟦t 倡议｜让导盲犬顺利出行的倡议书⟧</h1>
<div class="meta">⟦m 原创⟧ ⟦m 枫屿导盲犬训练基地⟧ ⟦m 2025年04月28日 19:30⟧ ⟦m 枫屿⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注我们⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦l 赞 218⟧ ⟦l 在看 97⟧ ⟦l 写留言⟧</div>
<div class="mirror">⟦d 本页为公众号文章镜像，内容版权归原作者所有⟧</div></div>
<script>window.__mirror__=1;</script></body></html>
""",
        body="""
亲爱的市民朋友们：
导盲犬是视障人士的“眼睛”。目前我市共有十一只导盲犬在岗工作，它们陪伴主人上班、就医、购物，但仍常常在公交车站、商场门口被拒之门外。
为此，我们向全社会发出如下倡议：
一、请公共交通、商场、餐馆等场所依法允许导盲犬随主人进入。
二、遇到工作中的导盲犬，请不要抚摸、喂食或呼唤它，以免分散它的注意力。
三、欢迎大家转发分享本倡议，并关注基地发布的志愿者招募信息。
让我们一起为视障朋友铺就一条畅通的出行之路。
枫屿导盲犬训练基地
2025年4月28日
""",
    ),
    dict(
        slug="wechat-mirror-jiandao-kendo-hall-speech-text",
        site="搬运号·剑道馆 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.banyunhao.example.net/a/kendo-opening-2025.html",
        title="在剑道馆新道场启用仪式上的致辞",
        record_title="馆长致辞｜在剑道馆新道场启用仪式上的致辞",
        date="2025-09-06",
        notes="mirror of a WeChat article; the speaker line and a date under the title (neutral / date); 'mini-program card' and follow prompt between and after paragraphs; mirror's source notice",
        page="""
!m 搬运号 — 优质公众号文章聚合
!t 馆长致辞｜在剑道馆新道场启用仪式上的致辞
!m 岚城青锋剑道馆　2025-09-06
{T}
青锋剑道馆馆长　沈知远
（2025年9月6日）
{BODY}
!a 点击下方卡片，关注“岚城青锋剑道馆”
!m 文章来源：岚城青锋剑道馆微信公众号
!d 如涉及版权问题请联系搬运号删除
""",
        body="""
各位来宾，各位剑友：
今天，青锋剑道馆新道场正式启用。八年前，我们只有一间不到六十平方米的教室，如今有了四百平方米的木地板道场。
⟦a 小程序·青锋剑道馆预约体验课⟧
新道场设有两块标准试合场、一间护具晾晒室和一间更衣室，可以同时容纳八十名剑士训练。
剑道讲究礼仪与坚持。希望大家珍惜新场地，爱护竹刀和护具，把每一次练习都当作一次修行。
最后，感谢区文体局和各位家长的支持，祝大家练习顺利、身体健康！
""",
    ),
    dict(
        slug="docshare-huohua-matchbox-society-summary-markers",
        site="火花文档共享 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.huohuadoc.example.com/d/3c9b17e0",
        title="火花收藏研究会2024年工作总结",
        record_title="火花收藏研究会2024年工作总结.pdf",
        date="2024-12-28",
        notes="file-name title; markers ᎒N᎒ glued to the continuation; an upload notice in the site's own words; a member count table",
        pages=dict(fmt="᎒{n}᎒", every=150, start=2, glue=True),
        page="""
!m 火花文档共享　首页 / 文化收藏 / 文档详情
!t 火花收藏研究会2024年工作总结.pdf
!m 分享者：纸盒里的火　　共享时间：2025-01-03　　下载次数：41
!d 文档由用户自行分享，平台仅提供存储空间，如有侵权请发送邮件至平台处理
{BODY}
!a 在线预览仅显示部分内容，完整版请下载后查看
!l 同类文档：集邮协会年度总结　收藏品交流会方案
""",
        body="""
2024年，火花收藏研究会在市文联的指导下，围绕“小火花、大历史”主题开展了多项活动。
一、会员发展。全年新发展会员二十六名，现有会员一百九十名。
年度　新增会员　会员总数
2023年　18名　164名
2024年　26名　190名
二、展览交流。在市图书馆举办“火花里的城市记忆”展，展出火柴盒贴画一千二百余枚，观众约八千人次。
三、资料整理。完成本地三家老火柴厂火花图录的编印，收录图样四百三十种。
四、存在不足。会员年龄偏大，青年会员不足一成，网上交流平台尚未建立。
2025年，研究会将面向中学生开展火花知识讲座，吸引更多年轻人参与收藏。
泓川市火花收藏研究会
2024年12月28日
""",
    ),
    dict(
        slug="docshare-kekou-chocolate-workshop-plan-html-pages",
        site="可口资料分享 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.kekouziliao.example.cn/doc/720115.html",
        title="巧克力手工坊食品安全自查工作方案",
        record_title="巧克力手工坊食品安全自查工作方案（word版）免费下载",
        date="2025-02-10",
        notes="sharing reader with page-marker paragraphs ⦑ 第N页 ⦒ between the halves of cut paragraphs; decorated title; free-download and report buttons; sidebar of related docs",
        pages=dict(fmt="⦑ 第{n}页 ⦒", every=170, start=2),
        page="""
<html><head><meta charset="utf-8"><title>巧克力手工坊食品安全自查工作方案（word版）免费下载 - 可口资料分享</title></head><body>
<div class="top">⟦m 可口资料分享⟧ ⟦a 上传资料⟧ ⟦a 登录/注册⟧</div>
<div class="bread">⟦m 首页 ＞ 企业管理 ＞ 食品安全⟧</div>
<h1>⟦t 巧克力手工坊食品安全自查工作方案（word版）免费下载⟧</h1>
<div class="info">⟦m 格式：docx　页数：3　浏览：309⟧</div>
<div class="reader">
{BODY}
</div>
<div class="btns">⟦a 免费下载⟧ ⟦a 收藏⟧ ⟦a 举报侵权⟧</div>
<div class="side"><h4>⟦l 相关资料⟧</h4><ul><li>⟦l 烘焙店员工卫生管理制度⟧</li><li>⟦l 糕点作坊原料进货查验记录表⟧</li></ul></div>
<div class="foot">⟦m 客服邮箱：help@kekouziliao.example.cn⟧ ⟦m 沪ICP备2021004417号⟧</div>
</body></html>
""",
        body="""
为落实食品生产经营者主体责任，确保手工巧克力产品质量安全，结合本坊实际，制定本自查方案。
一、自查内容。重点检查可可脂、代可可脂等原料的进货查验记录，调温、浇模、包装各环节的卫生状况，以及成品标签标注是否规范。
二、责任分工。店长负责组织实施，生产主管负责车间检查，前台负责销售环节检查，每月初汇总一次。
三、整改要求。发现问题的，须在三个工作日内整改到位，并做好整改记录。
四、本方案自2025年2月10日起执行。
""",
    ),
    dict(
        slug="edu-qiqiao-tangram-contest-notice-html",
        site="七桥区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.qiqiao.example.gov.cn/tzgg/202503/t20250311_5521.html",
        title="关于举办全区中小学七巧板创意拼搭比赛的通知",
        record_title="关于举办全区中小学七巧板创意拼搭比赛的通知",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="education portal with a document number (neutral), 附件 list, the notice's own 联系人/电话/邮箱 beside the bureau's supervision line; sentences asking schools to 下载 the form",
        page="""
<html><head><meta charset="utf-8"><title>关于举办全区中小学七巧板创意拼搭比赛的通知 - 七桥区教育局</title></head><body>
<div class="head">⟦m 七桥区教育局⟧ ⟦m 立德树人　办人民满意教育⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 教育动态⟧ ⟦m 通知公告⟧ ⟦m 招生考试⟧ ⟦m 政策文件⟧</div>
<div class="loc">⟦m 位置：首页 / 通知公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 时间：2025-03-11　作者：基础教育科　点击：622⟧</div>
<p class="wh">七教基〔2025〕9号</p>
{BODY}
<div class="print">⟦a [打印]⟧ ⟦a [关闭]⟧</div>
<div class="ft">⟦m 七桥区教育局版权所有⟧ ⟦m 教育督导监督电话：0731-8562 0909⟧ ⟦m 湘ICP备15009938号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为培养学生的空间想象力和创新意识，区教育局决定举办全区中小学七巧板创意拼搭比赛。现将有关事项通知如下。
一、参赛对象：全区小学三至六年级、初中一至二年级学生。
二、比赛时间：4月19日上午9时，地点为区青少年活动中心。
三、报名办法：各校于4月3日前从区教育局网站下载报名表，填好后发送至指定邮箱。
四、联系人：区教育局基础教育科　易晓雯，电话：0731-8562 0331，邮箱：qqjyj_jc@example.cn。
附件：1.七巧板创意拼搭比赛规则
2.参赛报名表
七桥区教育局
2025年3月11日
""",
    ),
    dict(
        slug="edu-dizi-bamboo-flute-class-notice-text",
        site="笛源实验小学 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.diyuanxx.example.edu.cn/xxgg/2025/0905/318.html",
        title="关于开设竹笛社团课的通知",
        record_title=None,
        date="2025-09-05",
        notes="no record title; the title repeated twice; a 'back to top' and QR code line; a school 回执 with blanks; the notice's 成文日期",
        page="""
!m 笛源实验小学　>　学校公告
!t 关于开设竹笛社团课的通知
!m 发布人：教务处　　2025-09-05　　阅读：415
{T}
{BODY}
!a 返回顶部
!a 微信扫码关注学校公众号
!m 地址：笛源镇学府路18号　电话：0734-7710025
""",
        body="""
各位家长：
为丰富学生课余生活，传承民族音乐，学校本学期开设竹笛社团课，现将有关事项通知如下。
一、对象：三至五年级学生，每班限报四人。
二、时间：每周三下午第三节课，地点为艺术楼二楼合奏室。
三、竹笛由学校统一提供，学生无需另行购买。
请有意参加的家长填写回执，于9月10日前交班主任。
回执
学生姓名：＿＿＿＿　班级：＿＿＿＿　家长签名：＿＿＿＿
笛源实验小学教务处
2025年9月5日
""",
    ),
    dict(
        slug="oa-nihong-neon-sign-factory-minutes-html",
        site="霓虹光电协同办公 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.nihongled.example.local/doc/view?id=20251108-0042",
        title="安全生产委员会第四季度会议纪要",
        record_title="内部资料-安全生产委员会第四季度会议纪要",
        date="2025-11-07",
        notes="intranet document view with its 流转记录 and read count, watermark; minutes' 时间/地点/主持/参会/记录 lines; the registering 发布 date differs from the meeting date (meeting date expected, the other accepted)",
        date_also=["2025-11-08"],
        page="""
<html><head><meta charset="utf-8"><title>文档查看 - 霓虹光电协同办公平台</title></head><body>
<div class="bar">⟦m 霓虹光电协同办公平台⟧ ⟦m 当前用户：钱文卓（安环部）⟧ ⟦a 退出⟧</div>
<div class="path">⟦m 公文管理 > 收文 > 文档查看⟧</div>
<div class="wm">⟦d 内部资料 严禁外传 钱文卓 0427⟧</div>
<h3>⟦t 内部资料-安全生产委员会第四季度会议纪要⟧</h3>
<div>⟦m 发布部门：安环部　发布时间：2025-11-08 09:15　已读 87 人⟧</div>
{BODY}
<div class="flow"><b>⟦l 流转记录⟧</b><p>⟦l 拟稿：安环部 钱文卓 11-07 16:20⟧</p><p>⟦l 审核：副总经理 欧阳山 11-08 08:40⟧</p></div>
<div class="ops">⟦a 转发⟧ ⟦a 下载正文⟧ ⟦a 打印⟧</div>
</body></html>
""",
        body="""
时间：2025年11月7日下午2时
地点：办公楼三楼第一会议室
主持：欧阳山
参会：安全生产委员会全体成员
记录：钱文卓
会议听取了安环部关于第四季度安全检查情况的汇报，研究部署了冬季安全生产工作。纪要如下：
一、灯管车间玻璃加工区须加装防护挡板，11月20日前完成。
二、充气工序使用的氖气、氩气钢瓶须分区存放，设置明显标识。
三、高空安装队出工前必须检查安全带，严禁单人登高作业。
四、各部门于每月25日前报送隐患排查台账。
""",
    ),
    dict(
        slug="oa-saoba-broom-factory-plan-text",
        site="竹丝扫帚厂OA (invented)",
        style="企业内网",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://192.168.10.6/oa/gw/fawen/2025/0312.htm",
        title="2025年扫帚生产线技改工作方案",
        record_title="【厂发〔2025〕5号】2025年扫帚生产线技改工作方案",
        date="2025-03-12",
        notes="an OA export: approval trail, document number line (neutral), print-count line; the plan's own internal phone; decimal headings 1.1",
        page="""
!m 竹丝扫帚厂协同办公系统　　发文管理
!t 【厂发〔2025〕5号】2025年扫帚生产线技改工作方案
厂发〔2025〕5号
{BODY}
!l 审批意见：同意。——厂长 殷书平 2025-03-12
!l 阅办单：生产部、设备部、财务部已阅
!m 打印次数：3　　打印人：办公室 管妮
""",
        body="""
为提高竹丝扫帚生产效率，降低工人劳动强度，经厂务会研究，制定本方案。
1 技改目标
1.1 将扎把工序由手工改为半自动，日产量由一千二百把提高到两千把。
1.2 粉尘浓度控制在国家标准限值以内。
2 主要内容
2.1 购置扎把机两台、除尘设备一套。
2.2 改造车间通风管道，增设集尘口六处。
3 进度安排
4月完成设备采购，5月完成安装调试，6月投入生产。
设备部联系人：郝建成，内线电话：8016。
""",
    ),
    dict(
        slug="qa-zhishiwen-letterpress-question-text",
        site="知识问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhishiwenwen.example.com/q/88104527.html",
        title="活字印刷体验馆开业需要办理哪些手续？",
        record_title=None,
        date=None,
        notes="a question with one answer; the question line is the title (no record title); answer meta, like bar, 'other answers' list; no date (only 'answered 5 days ago')",
        page="""
!m 知识问问 > 文化艺术 > 传统工艺
{T}
!m 提问者：墨香铅字　　5天前
!m 最佳回答　　回答者：工商小帮手　　LV6
{BODY}
!l 有用(23)　没用(1)　评论
!l 其他回答（2）
!l 建议先问问当地市场监管局窗口，各地要求不太一样。
!d 回答内容仅供参考，不构成专业意见
""",
        body="""
开一家活字印刷体验馆，一般需要办理以下手续：
1.营业执照。经营范围可写“文化艺术交流活动、手工艺品销售、体验服务”。
2.如果对外承接印刷业务，还要申请印刷经营许可证，只做体验不对外印刷的，一般不需要。
3.场所有消防要求的，须通过消防安全检查。
4.招收学员开展培训的，注意不要以学历教育名义宣传。
建议把体验区和库房分开，油墨和溶剂单独存放。
""",
    ),
    dict(
        slug="qa-wenda-pheasant-farm-permit-html",
        site="农事问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://ask.nongshi.example.cn/question/5520178",
        title="养殖七彩山鸡需要办野生动物驯养许可证吗？",
        record_title="养殖七彩山鸡需要办野生动物驯养许可证吗？-农事问答",
        date="2025-06-02",
        notes="Q&A page: the question as title, best answer with a date line (回答于 as the page date), vote bar, related questions; an expert's consult box (contact)",
        page="""
<html><head><meta charset="utf-8"><title>养殖七彩山鸡需要办野生动物驯养许可证吗？-农事问答</title></head><body>
<div class="hd">⟦m 农事问答⟧ ⟦a 我要提问⟧ ⟦a 登录⟧</div>
<h1>{T}</h1>
<div class="q">⟦m 提问者：山里的老吴⟧ ⟦m 浏览 1.2万⟧</div>
<div class="ans"><div class="who">⟦m 采纳答案⟧ ⟦m 畜牧师 温宏伟⟧ ⟦m 回答于 2025-06-02⟧</div>
{BODY}
<div class="vote">⟦l 赞同 341⟧ ⟦l 反对⟧ ⟦l 分享⟧</div></div>
<div class="consult">⟦w 养殖技术一对一咨询，微信：nsxx_wen66⟧</div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 山鸡苗哪里进货靠谱？⟧</p><p>⟦l 养鹧鸪要办证吗？⟧</p></div>
<div class="ft">⟦m ©2025 农事问答⟧ ⟦m 京ICP证150377号⟧</div>
</body></html>
""",
        body="""
七彩山鸡属于环颈雉，已列入《畜禽遗传资源目录》，按家禽管理，人工养殖不需要办理野生动物驯养繁殖许可证。
但要注意两点：一是种苗要从有种畜禽生产经营许可证的单位购买，二是规模养殖场要向县农业农村部门备案。
养殖场选址要避开水源保护区，粪污要有处理设施。
如果要捕捉野外的环颈雉作种鸡，那是违法的，千万不要这样做。
""",
    ),
]
