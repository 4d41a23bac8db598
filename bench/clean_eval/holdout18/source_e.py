"""holdout18, part E: Q&A, encyclopaedia, search-cache, print and mail pages of kinds no earlier
part names (a veterinary Q&A, a 公文写作 wiki, a cache of a border-station page, a price bureau's
print view, a forwarded e-mail from a waterway centre, an exam forum's collected answers, a 范文
site with a one-line preview and a 文库 page with markers glued). Invented text; see ../README.md."""

CASES = [
    dict(
        slug="qa-shouyi-answer-adopted",
        site="养殖问问 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.yangzhiwenwen.example.com/q/551208.html",
        title="村里要求给羊打疫苗，不打会怎么样？",
        record_title="村里要求给羊打疫苗，不打会怎么样？_养殖问问",
        date=None,
        notes="Q&A: 提问者 line, 已采纳 badge, answerer card, 回答于 relative time (no date), 有用/没用 row, 相关问题",
        page="""
!m 养殖问问 — 农户身边的兽医
!t 村里要求给羊打疫苗，不打会怎么样？
!m 提问者：坡上放羊娃　｜　悬赏 5 积分
!m ✔ 已采纳　回答者：禾阳镇兽医站 陆医生（执业兽医师）　5小时前
{BODY}
!a 👍 有用(126)　👎 没用(2)　举报
!l 相关问题：羊口疮怎么治？｜ 春季羊驱虫用什么药？
""",
        body="""
您好，春秋两季的集中免疫是国家强制免疫，口蹄疫、小反刍兽疫等疫苗是免费的，由村防疫员上门接种。
如果不打疫苗，一旦发生疫情，羊群损失会很大，而且未按规定免疫的畜禽，发生疫情后可能无法享受扑杀补助。
另外，没有免疫标识的羊在出栏检疫时也会遇到麻烦。
建议您配合村防疫员按时接种，有不良反应及时联系镇兽医站。
""",
    ),
    dict(
        slug="wiki-gongwen-entry-example-date-html",
        site="公文百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.gongwenbk.example.com/item/jiyao",
        title="会议纪要",
        record_title="会议纪要_公文百科",
        date=None,
        notes="encyclopaedia entry: 编辑/讨论 links, 目录 box, 词条统计 and 参考资料; an example date inside a sentence is no date",
        page="""
<html><head><meta charset="utf-8"><title>会议纪要_公文百科</title></head><body>
<div class="top">⟦m 公文百科 · 人人可编辑的公文知识库⟧<a>⟦a 编辑　讨论　上传视频⟧</a></div>
<h1>{T}</h1>
<div class="toc">⟦l 目录：1 定义　2 特点　3 写法⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：《党政机关公文处理工作条例》⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 30521　编辑次数 17次历史版本　最近更新：纸上墨⟧</div>
<div class="foot">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧</div>
</body></html>
""",
        body="""
会议纪要是用于记载会议主要情况和议定事项的公文。
会议纪要具有纪实性、概括性和指导性等特点，一经印发，对与会单位具有约束力。
会议纪要一般由标题、正文和落款组成，正文开头写明会议时间、地点、主持人和参会人员，如“2025年3月1日，县政府召开常务会议”。
议定事项通常分条列出，用“会议认为”“会议要求”等惯用语引出。
""",
    ),
    dict(
        slug="snapshot-bianjian-notice-cache",
        site="搜寻引擎快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souxun.example.com/c?m=9d78d513&p=lanwanbj",
        title="关于暂停澜湾口岸货运通道夜间查验的通知",
        record_title="关于暂停澜湾口岸货运通道夜间查验的通知 - 澜湾边检站",
        date="2025-10-13",
        notes="search cache: banner with snapshot time (no date), 搜索词高亮 line; the page's own chrome below; 成文日期",
        page="""
!d 这是 http://www.lanwanbj.example.gov.cn/tzgg/1013.html 的快照，是网页在2025年10月20日的存档。当前页面可能已经更改。
!m 以下搜索词已高亮显示：澜湾 口岸 夜间查验
!m 澜湾出入境边防检查站 > 通知公告
!t 关于暂停澜湾口岸货运通道夜间查验的通知
{BODY}
!a 【打印】【关闭】
!m 主办单位：澜湾出入境边防检查站
""",
        body="""
各报关企业、运输企业：
因货运通道查验场地改造施工，自2025年10月20日至11月30日，澜湾口岸货运通道暂停夜间（22时至次日6时）查验业务。
施工期间日间查验时间延长至21时30分，请各企业合理安排车辆通关时间。
给各位带来的不便，敬请谅解。
澜湾出入境边防检查站
2025年10月13日
""",
    ),
    dict(
        slug="print-jiage-notice-view",
        site="江澄市发改委价格认证中心 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://fgw.jiangcheng.example.gov.cn/print.jsp?id=73310",
        title="关于开展涉案财物价格认定业务培训的通知",
        record_title="关于开展涉案财物价格认定业务培训的通知 - 打印",
        date="2025-04-02",
        notes="print view: 打印/关闭 buttons, print-time and URL lines (no date), 报名回执 table and 联系人 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展涉案财物价格认定业务培训的通知 - 打印</title></head><body onload="window.print()">
<div class="noprint">⟦a [ 打 印 ]　[ 关 闭 ]⟧</div>
<h2>{T}</h2>
<div>⟦m 来源：市价格认证中心　日期：2025-04-02⟧</div>
{BODY}
<div class="pfoot">⟦m 打印时间：2025/4/9 15:20:07　页面地址：http://fgw.jiangcheng.example.gov.cn/art/2025/4/2/art_73310.html⟧</div>
</body></html>
""",
        body="""
各县（市、区）价格认证机构：
为提高价格认定人员业务能力，市价格认证中心定于4月16日至17日举办涉案财物价格认定业务培训班。
一、培训内容：价格认定规定解读、涉案财物价格认定典型案例分析、价格认定文书制作。
二、参训人员：各县（市、区）价格认证机构业务骨干1至2名。
三、报名方式：请于4月10日前将报名回执发送至 jgrz@jiangcheng.example.gov.cn 。
单位　姓名　职务　手机号码
（请各单位自行填写）
联系人：韩立新，电话：0751-3317406。
江澄市价格认证中心
2025年4月2日
""",
    ),
    dict(
        slug="mail-hangdao-request-forward",
        site="汭江航道事务中心邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:bgs@ruijiang-hd.example.gov.cn?msg=20250612-0931",
        title="关于申请航道疏浚应急经费的请示",
        record_title="转发：关于申请航道疏浚应急经费的请示",
        date="2025-06-11",
        notes="forwarded mail: From/To/Subject/Date headers (the mail's own 附件 header next to the document's 附件 line), a mail signature and a mail client footer",
        page="""
!m ---------- 转发的邮件 ----------
!m 发件人：汭江航道事务中心办公室 <bgs@ruijiang-hd.example.gov.cn>
!m 日期：2025年6月12日 周四 09:31
!m 收件人：市交通运输局规划财务科 <cwk@jtj.ruijiang.example.gov.cn>
!m 主题：转发：关于申请航道疏浚应急经费的请示
!m 附件：疏浚工程量测算表.xlsx (41 KB)
{T}
{BODY}
!m --
!m 汭江航道事务中心办公室　值班电话 0736-4208800
!a 发自我的邮箱客户端 · 点击回复
""",
        body="""
市交通运输局：
受5月下旬连续强降雨影响，汭江下游K28至K35航段出现严重淤积，部分航段水深不足2.0米，已影响500吨级船舶正常通航。
经测算，应急疏浚工程量约6.8万立方米，所需经费约204万元，我中心年度预算无法安排。
特申请应急疏浚经费204万元，以尽快恢复航道通航条件。
妥否，请批示。
附件：疏浚工程量测算表
汭江航道事务中心
2025年6月11日
""",
    ),
    dict(
        slug="fanwen-jinghu-speech-glued-title-buttons",
        site="镜湖范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.jinghufw.example.com/jianghua/9031.html",
        title="在全镇安全生产和消防工作会议上的讲话",
        record_title="在全镇安全生产和消防工作会议上的讲话（推荐3篇）",
        date=None,
        notes="decorated record title; the title printed twice, the second glued to 同志们; action buttons glued after a sentence; no date",
        indent="\u3000\u3000",
        page="""
!m 镜湖范文馆 —— 您身边的写作助手
!m 当前位置：首页 / 讲话稿 / 安全生产讲话
!t 在全镇安全生产和消防工作会议上的讲话（推荐3篇）
!m 2.1万人浏览　作者：镜湖编辑部
⟦t 在全镇安全生产和消防工作会议上的讲话⟧{BODY}
!a 🖨 打印本篇　📋 复制全文（需登录）
!w 定制同类讲话稿，资深写手48小时交稿，咨询V：jinghu_xz
!l 热门：安全生产月启动仪式主持词 | 消防安全培训心得
""",
        body="""
同志们：
今天召开全镇安全生产和消防工作会议，主要是分析当前形势，部署下一阶段工作。⟦a 【复制】【收藏】⟧
今年以来，全镇安全生产形势总体平稳，但也要看到，小作坊、出租房、电动车充电等领域隐患依然突出。
各村（社区）要立即开展一次拉网式排查，做到不留死角、不留盲区。
各站所要加强联合执法，对排查发现的隐患要建立台账，限期整改到位。
同志们，安全生产责任重于泰山，大家务必绷紧安全这根弦。
""",
    ),
    dict(
        slug="wenku-chuxi-plan-oneline-markers",
        site="楮溪文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.chuxiwk.example.com/p/2209188.html",
        title="2025年环卫保洁作业质量考核方案",
        record_title=None,
        date="2025-03-18",
        notes="the whole body on one line, cut by glued page markers ⧙n⧘; no record title; converter header and pay prompt",
        oneline=True,
        indent="\u3000\u3000",
        pages=dict(fmt="⧙{n}⧘", every=120, start=2, glue=True),
        page="""
!m 楮溪文库 · 海量文档免费预览
!m 贡献者：环卫小兵 | 共3页 | 2025-03-19 上传
{T}
{BODY}
!a 当前为预览模式，完整文档需支付 ¥3.80
!d 如文档内容涉及侵权，请联系 tousu@chuxiwk.example.com
""",
        body="""
为提升城区环境卫生水平，规范环卫保洁作业，制定本方案。
一、考核对象：承接城区道路清扫保洁服务的各作业单位。
二、考核内容：路面保洁、垃圾收运、公厕管理、作业安全四个方面，实行百分制。
三、考核方式：采取日常巡查、月度考核和群众评议相结合，月度考核得分与服务费支付挂钩。
四、结果运用：连续两个月考核低于80分的，约谈作业单位负责人；全年三次低于70分的，依法解除合同。
县城市管理局
2025年3月18日
""",
    ),
    dict(
        slug="gkforum-mianshi-answers-text",
        site="面霸公考圈 (invented)",
        style="公考论坛",
        genre="答题",
        kind="other",
        form="text",
        source="https://www.mianba.example.com/thread/88102",
        title="结构化面试真题：如何看待“基层减负”",
        record_title="结构化面试真题：如何看待“基层减负”【附参考答案】",
        date="2025-02-18",
        notes="exam forum: 发布于 line as the page's date, 版主推荐 badge, 回复 floors, 上传资料得积分 prompt",
        page="""
!m 面霸公考圈 / 面试交流 / 真题解析
!t 结构化面试真题：如何看待“基层减负”【附参考答案】
!m 版主推荐　楼主：面试官老吴　发布于 2025-02-18 19:20
{BODY}
!a 上传你的面试资料，每篇可得20积分
!l 2楼 小白上岸记：背下来了，谢谢老师
!l 3楼 海燕：求更多社会现象类题目
""",
        body="""
【参考答案】
为基层减负，是切实解决形式主义突出问题的重要举措。
一方面，一些地方层层加码、过度留痕，让基层干部疲于应付，挤占了服务群众的时间。
另一方面，减负不是减担当，基层干部该负的责任一样不能少。
如果我成为一名基层公务员，我会把精力放在解决群众急难愁盼问题上，用实绩说话。
""",
    ),
    dict(
        slug="qa-zhihu-like-answer-html",
        site="知答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.zhida.example.com/question/44120/answer/98812",
        title="机关单位写工作计划有什么套路？",
        record_title=None,
        date=None,
        notes="Q&A HTML: 关注问题/写回答 buttons, 编辑于 relative time, 赞同 count, 收起 link, 更多回答 box; numbered list in the answer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知答社区</title></head><body>
<header>⟦m 知答 · 有问题 上知答⟧<a>⟦a 登录/注册⟧</a></header>
<h1>{T}</h1>
<div class="qbtn">⟦a 关注问题　✎ 写回答　邀请回答⟧</div>
<div class="ans"><div class="who">⟦m 笔杆子老何　某县直机关综合科科长⟧</div>
<div class="vote">⟦m 1,208 人赞同了该回答⟧</div>
{BODY}
<div class="time">⟦m 编辑于 3 天前 · IP 属地湖南⟧</div>
<div class="act">⟦a ▲ 赞同 1208　▼　💬 67 条评论　★ 收藏　收起⟧</div></div>
<div class="more">⟦l 更多回答（共 35 个）⟧</div>
</body></html>
""",
        body="""
谢邀。写了十几年计划，总结几条经验。
1.先吃透上级精神。计划的目标任务要和上级年度部署对得上。
2.目标要量化。能用数字表述的，不用“进一步”“大力”这类虚词。
3.措施要具体到人和时间。每项任务明确牵头单位、责任人和完成时限。
4.结构要清晰。一般按“总体要求、主要目标、重点任务、保障措施”四部分来写。
""",
    ),
    dict(
        slug="wenku-shuanghu-insight-wrapped-markers-glued",
        site="霜湖文库 (invented)",
        style="文库预览",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.shuanghuwk.example.com/view/a0e88c12.html",
        title="学习新修订《中华人民共和国保守国家秘密法》心得体会",
        record_title="学习新修订《中华人民共和国保守国家秘密法》心得体会.pdf",
        date="2025-05-06",
        notes="hard-wrapped at 64 columns with glued page markers 【第 n / 4 页】; file-name title; 成文日期 under a name",
        indent="\u3000\u3000",
        wrap=64,
        pages=dict(fmt="【第 {n} / 4 页】", every=150, start=2, glue=True),
        page="""
!m 霜湖文库　文档预览
{T}
{BODY}
!a 下载此文档 · 需2霜币 · 会员免费
!d 版权声明：本文档由用户提供并上传，收益归属内容提供方
!l 相关推荐：保密法知识测试题及答案.docx
""",
        body="""
近期，单位组织学习了新修订的《中华人民共和国保守国家秘密法》，我认真研读了法律条文，对做好新形势下保密工作有了更深刻的认识。
新修订的保密法充实完善了保密管理制度，对网络信息、数据的保密管理作出了明确规定，进一步压实了机关单位保密主体责任。
作为一名办公室工作人员，我经常接触各类文件资料，必须时刻绷紧保密这根弦，严禁在非涉密计算机上处理涉密信息，严禁通过微信、邮箱传递涉密文件。
今后，我将把保密要求落实到日常工作的每一个环节，做到守土有责、守土尽责。
县自然资源局办公室　唐婉清
2025年5月6日
""",
    ),
    dict(
        slug="mail-newsletter-kuaidi-html",
        site="沅州快递协会会员通讯 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="mailto:news@yzkdxh.example.org.cn?issue=2025-12",
        title="关于开展2025年度会员单位信用评价的通知",
        record_title="【会员通讯·第12期】关于开展2025年度会员单位信用评价的通知",
        date="2025-12-01",
        notes="mailed newsletter: 如邮件无法正常显示 line, 退订 link, issue header, copyright footer; the notice's own 报送邮箱 and 联系电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>会员通讯</title></head><body>
<table width="640" align="center"><tr><td>⟦a 如本邮件无法正常显示，请点此在浏览器中查看⟧</td></tr>
<tr><td>⟦m 沅州市快递行业协会　会员通讯　2025年第12期⟧</td></tr>
<tr><td><h2>⟦t 【会员通讯·第12期】关于开展2025年度会员单位信用评价的通知⟧</h2></td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦a 不想再收到此类邮件？一键退订⟧</td></tr>
<tr><td>⟦d 本邮件由沅州市快递行业协会发送至会员单位，请勿直接回复。⟧</td></tr></table>
</body></html>
""",
        body="""
各会员单位：
根据协会章程和行业信用评价办法，协会决定开展2025年度会员单位信用评价工作。
一、评价内容：依法经营、服务质量、安全生产、社会责任等四个方面。
二、报送材料：请各会员单位于12月20日前将自评表及佐证材料发送至 xypj@yzkdxh.example.org.cn 。
三、结果运用：评价结果分为A、B、C三级，A级单位在评先评优中优先推荐。
联系人：谭晓雯，联系电话：0745-2731180。
沅州市快递行业协会
2025年12月1日
""",
    ),
    dict(
        slug="snapshot-zhiwuyuan-text-only-cache",
        site="纯文本快照 (invented)",
        style="搜索快照",
        genre="计划",
        kind="plan",
        form="text",
        source="http://textcache.souxun.example.com/t?u=lanshanbg-plan-2025",
        title="岚山植物园2025年志愿者招募计划",
        record_title="岚山植物园2025年志愿者招募计划_岚山植物园",
        date="2025-02-10",
        notes="text-only cache: 纯文本版 banner, 查看原网页 link, the page's nav flattened into one line; the plan's own 报名邮箱 kept",
        page="""
!d 纯文本快照 | 原网页抓取于 2025-02-15 | 查看原网页
!m 首页 园区导览 科学研究 科普教育 新闻动态 购票入园
!t 岚山植物园2025年志愿者招募计划
!m 发布日期：2025-02-10
{BODY}
!m 地址：岚山市青峰路1号　开放时间：8:00—17:30
!d © 岚山植物园
""",
        body="""
为丰富科普讲解和游客服务力量，我园计划2025年招募志愿者120名。
一、招募岗位：科普讲解志愿者60名、游客引导志愿者40名、植物养护志愿者20名。
二、报名条件：年满18周岁，热爱自然，每月能保证至少两次服务时间。
三、报名方式：将报名表发送至 zyz@lanshanbg.example.org.cn ，报名截止时间为3月10日。
四、培训安排：入选志愿者须参加园区组织的岗前培训，考核合格后上岗。
""",
    ),
    dict(
        slug="baike-how-to-print-request",
        site="办事经验网 (invented)",
        style="百科问答",
        genre="经验",
        kind="other",
        form="text",
        source="https://jingyan.banshi.example.com/article/7712.html",
        title="如何在线申请出租房屋登记备案",
        record_title="如何在线申请出租房屋登记备案-办事经验网",
        date=None,
        notes="how-to page: 步骤 numbering kept; 投票/收藏 row, 注意事项 kept; the steps speak of 下载/打印/扫码; 经验内容仅供参考 notice",
        page="""
!m 办事经验网 · 生活办事不求人
!t 如何在线申请出租房屋登记备案
!m 作者：热心市民小周　｜　浏览 8,220　｜　更新于 2个月前
{BODY}
!d 经验内容仅供参考，办事请以当地部门最新规定为准。
!a 👍 有得(311)　☆ 收藏　✉ 投诉建议
!l 相关经验：居住证网上办理流程 | 房屋租赁合同网签步骤
""",
        body="""
出租房屋登记备案可以在线办理，不用跑窗口，下面介绍具体步骤。
1.打开当地政务服务网，搜索“出租房屋登记备案”事项。
2.用手机扫码登录，填写房屋地址、产权人信息和承租人信息。
3.上传房屋租赁合同和产权证明照片。
4.提交后等待审核，审核通过后可在线下载打印备案证明。
注意事项：承租人变更的，应当在变更之日起10日内办理变更登记。
""",
    ),
]
