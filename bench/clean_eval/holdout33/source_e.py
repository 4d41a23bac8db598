"""holdout33, part E: training schools, 范文 apps, exam forums, encyclopaedias, cloud drives, search snapshots. Invented text."""

CASES = [
    dict(
        slug="training-welding-school-brochure-html",
        site="匠成职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="notice",
        form="html",
        source="https://www.jiangcheng-px.com/zsjz/2025-hanjie.html",
        title="2025年秋季焊工职业技能等级培训招生简章",
        record_title="【火热招生】2025年秋季焊工职业技能等级培训招生简章（附补贴政策）",
        date="2025-08-25",
        notes="training school: fee table, school's 报名电话 beside a 400 line in a floating box; free-trial button between paragraphs; countdown",
        page="""
<html><head><meta charset="utf-8"><title>2025年秋季焊工职业技能等级培训招生简章 - 匠成职业培训学校</title></head><body>
<div class="hd">⟦m 匠成职业培训学校⟧ ⟦m 人社部门认定培训机构⟧</div>
<div class="nav">⟦m 首页 课程中心 招生简章 学员风采 证书查询⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 招生办　2025-08-25　已有 316 人报名⟧</div>
{BODY}
<div class="float">⟦w 全国招生热线 400-990-1122　微信同号咨询⟧</div>
<div class="ft">⟦m 匠成职业培训学校 版权所有　办学许可证号：人社民4513002000089号⟧</div>
</body></html>
""",
        body="""
为满足企业对焊接技能人才的需求，我校2025年秋季开设焊工职业技能等级培训班，欢迎报名。
一、培训项目及费用
等级　学时　学费
初级工　120学时　1800元
中级工　160学时　2400元
高级工　200学时　3200元
⟦a 免费试听一节实操课，点击预约⟧
二、补贴政策
符合条件的学员取得证书后，可按规定申请职业技能提升补贴，初级1000元、中级1500元、高级2000元。
三、报名方式
携带身份证和一寸照片到学校教务处报名，报名电话：0771-3312608。
匠成职业培训学校
2025年8月25日
""",
    ),
    dict(
        slug="training-bamboo-weaving-summary",
        site="竹韵编织技艺培训中心 (invented)",
        style="培训机构",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zhuyunbianzhi.cn/xwdt/2025/1228.html",
        title="竹编技艺培训中心2025年培训工作总结",
        record_title="学员心声 | 竹编技艺培训中心2025年培训工作总结",
        date="2025-12-28",
        notes="bamboo-weaving training centre; data table; course ad on a line of its own between paragraphs; signature date",
        page="""
!m 竹韵编织技艺培训中心
!m 传承竹编　匠心育人
!m 首页 → 中心动态
!t 学员心声 | 竹编技艺培训中心2025年培训工作总结
!m 发布：教务处　日期：2025-12-28
{BODY}
!l 热门课程：竹编入门班｜竹编文创设计班｜电商运营班
!m 咨询：0598-6180 200
""",
        body="""
2025年，中心围绕“培训一人、就业一人、带动一户”的目标，全年举办竹编技艺培训班12期，培训学员486人。
班次　期数　人数
竹编入门班　6　270
竹编提高班　4　156
竹编文创设计班　2　60
⟦a 2026年春季班火热报名中，前20名报名享八折⟧
培训结业学员中，已有312人从事竹编加工，其中48人开办了家庭作坊或网店。
明年，中心将与县竹产业协会合作，建立竹编产品展销平台，帮助学员拓展销路。
竹韵编织技艺培训中心
2025年12月28日
""",
    ),
    dict(
        slug="app-fanwen-share-auction-rules",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="管理制度",
        kind="rule",
        form="text",
        source="https://share.miaobi-app.cn/art/77120391",
        title="拍卖行拍品征集与鉴定管理制度",
        record_title="拍卖行拍品征集与鉴定管理制度（可编辑）｜妙笔公文",
        date=None,
        notes="范文 app share page; copy-lock and open-app prompts; page markers ⁌n⁍ glued or on their own line; no date",
        page="""
!a 打开妙笔公文APP，解锁一键改写
!m 妙笔公文 · 制度范本
!t 拍卖行拍品征集与鉴定管理制度（可编辑）
!m 1.2万人已复制　作者：笔下春秋
{BODY}
!a 长按复制已锁定，在APP内可免费复制全文
!l 你可能还喜欢：典当行业务操作规程｜拍卖会现场管理制度
!m 妙笔公文 —— 写公文，有妙笔
""",
        pages=dict(fmt="⁌{n}⁍", every=140, start=2, glue="mix"),
        body="""
第一条　为规范拍品征集和鉴定工作，防范赝品和来源不明物品进入拍卖，制定本制度。
第二条　拍品征集应当与委托人签订委托拍卖合同，核实委托人身份和拍品合法来源，必要时要求委托人提供购买凭证或传承证明。
第三条　书画、瓷器、玉器等拍品应当由两名以上鉴定人员共同鉴定，并出具书面鉴定意见。鉴定意见存在分歧的，提交公司鉴定委员会审议。
第四条　文物类拍品拍卖前，应当依法报文物行政部门审核。
第五条　拍品图录说明应当与鉴定意见一致，不得夸大宣传。
第六条　本制度由公司业务部负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="app-fanwen-reader-navmark-speech-html",
        site="公文宝APP阅读页 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://m.gongwenbao.cn/reader/5501823",
        title="在航标处2025年安全生产工作会议上的讲话",
        record_title=None,
        date="2025-02-18",
        notes="范文 app reading mode: member-unlock box between paragraphs, AI rewrite button, copy counter; speech date under the title; speaker line neutral; title missing",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>公文宝</title></head><body>
<div class="appbar">⟦a 打开公文宝APP⟧ ⟦m 公文宝 · 阅读模式⟧</div>
<div class="art"><h1>{T}</h1>
<p class="sub">（2025年2月18日）</p>
<p class="sub">处长　季海涛</p>
<p class="info">⟦m 已有3260人复制 · 字数1586⟧</p>
{BODY}
<div class="ai">⟦a ✨ AI一键改写成我单位的版本⟧</div>
<div class="bar">⟦a 复制全文⟧ ⟦a 导出Word⟧ ⟦a 收藏⟧</div></div>
<div class="rec">⟦l 相关推荐⟧<p>⟦l 港航系统安全生产大会讲话⟧</p><p>⟦l 春节后复工复产安全讲话⟧</p></div>
</body></html>
""",
        body="""
同志们：
今天召开全处安全生产工作会议，主要任务是总结去年安全生产工作，部署今年重点任务。
去年，全处安全生产形势总体平稳，全年完成航标巡检3.2万座次，航标维护正常率保持在99.8%以上，没有发生人员伤亡事故。
⟦a 以下内容为会员专享，开通VIP立即阅读全文⟧
今年，我们要重点抓好三件事：一是抓好航标船舶安全，开展船舶安全隐患排查整治；二是抓好水上作业安全，严格执行作业审批和监护制度；三是抓好汛期安全，提前做好防汛物资储备。
同志们，安全生产责任重于泰山。希望大家坚守岗位、履职尽责，确保全年安全生产形势稳定。
""",
    ),
    dict(
        slug="examforum-interview-migrant-wrap",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="发言稿",
        kind="speech",
        form="text",
        source="http://bbs.shangan8.com/thread-771203-1-1.html",
        title="在农民工服务中心窗口服务提升会上的表态发言",
        record_title="【面试素材】在农民工服务中心窗口服务提升会上的表态发言（练手用）",
        date=None,
        notes="exam forum post with a model 表态发言; hard-wrapped at 60 columns; post time is a relative time (no date); replies and signature",
        page="""
!m 上岸吧公考论坛 › 面试交流 › 素材分享
!t 【面试素材】在农民工服务中心窗口服务提升会上的表态发言（练手用）
!m 楼主 一战上岸 ｜ 发表于 5天前 ｜ 查看 902 ｜ 回复 13
!m 自己写的练手稿，大家轻拍：
{BODY}
!l 2楼 努力的小苗：结构很清楚，收藏了
!l 3楼 明年一定上岸：楼主能分享一下答题框架吗
!m 签名：不破楼兰终不还
!a 回复本帖　｜　收藏　｜　举报
""",
        wrap=60,
        body="""
各位领导、同事们：
作为农民工服务中心窗口的一名工作人员，我深感责任重大。在此，我代表窗口全体同志作如下表态。
一是提升服务态度。坚持微笑服务、首问负责，对前来咨询的农民工朋友做到耐心解答、热情接待。
二是提升办事效率。熟练掌握欠薪投诉、就业登记、技能补贴等业务，能当场办结的绝不让群众跑第二趟。
三是提升服务能力。主动学习劳动法律法规，每月参加一次业务培训，争做窗口服务的行家里手。
我们一定以实际行动，让农民工朋友在窗口感受到温暖。
""",
    ),
    dict(
        slug="examforum-html-police-aux-post",
        site="公考雷达论坛 (invented, Discuz-like)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://bbs.gongkaoleida.com/forum.php?mod=viewthread&tid=30091",
        title="备考反诈中心文职岗位的一点经验",
        record_title="[上岸经验] 备考反诈中心文职岗位的一点经验（附时间表）",
        date="2025-05-06",
        notes="Discuz-like exam forum: jammer fonts, post time 发表于 as the page's date, study timetable rows; a 'reply to see hidden content' box",
        page="""
<html><head><meta charset="utf-8"><title>备考反诈中心文职岗位的一点经验 - 经验分享 - 公考雷达论坛</title></head><body>
<div id="hd">⟦m 公考雷达论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 公考雷达 › 经验分享 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 上岸小鹿⟧<br>⟦m 积分 860⟧</td><td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-5-6 22:10⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的内容需要回复才可以浏览⟧</div>
<div class="po">⟦a 收藏(45) 分享 评分⟧</div></td></tr></table>
<div class="pgs">⟦l 上一主题 下一主题⟧</div>
<div id="ft">⟦m Powered by Discuz! · 公考雷达 ( 鄂ICP备20011234号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
去年考上了县反诈中心的文职岗位，来还愿分享一下备考经验。
我是在职备考，每天能用的时间不多，所以时间安排很重要。我的时间表是这样的：
阶段　时间　内容
基础阶段　1月至2月　行测各模块过一遍
强化阶段　3月　每天一套真题
冲刺阶段　4月　模考和错题复盘
专业知识方面，一定要熟悉反电信网络诈骗法，面试时被问到了劝阻群众的方法。
最后祝大家都能顺利上岸！
""",
    ),
    dict(
        slug="wiki-ancient-tree-entry-html",
        site="百知百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baizhi-wiki.cn/item/古树名木保护方案/31021",
        title="古树名木保护方案",
        record_title="古树名木保护方案_百知百科",
        date=None,
        notes="encyclopaedia entry on a document type; example date inside a sentence and a 20××年×月×日 placeholder (no date); catalogue box, edit and reference chrome",
        page="""
<html><head><meta charset="utf-8"><title>古树名木保护方案_百知百科</title></head><body>
<div class="top">⟦m 百知百科⟧ <input> ⟦a 进入词条⟧ ⟦a 全站搜索⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 收藏⟧ ⟦m 浏览 2,310 次⟧</div>
<div class="catalog">⟦l 目录 1 定义 2 主要内容 3 示例⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：⟧⟦l [1] 古树名木保护条例汇编⟧</div>
<div class="foot">⟦d 百科词条由网友共同编辑，内容仅供参考⟧ ⟦m 词条统计：编辑次数 7 次⟧</div>
</body></html>
""",
        body="""
古树名木保护方案是县级以上绿化委员会或林业主管部门针对辖区内古树名木制定的保护工作文书。
方案一般包括保护目标、保护范围、管护责任、抢救复壮措施和保障措施等内容。
例如，某县于2019年3月12日印发的保护方案，就对一级古树实行了“一树一策”的管护办法。
方案落款一般写发文单位名称和成文日期，格式如“××县绿化委员会办公室　20××年×月×日”。
""",
    ),
    dict(
        slug="wiki-qa-navmark-answer-text",
        site="百事通问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.baishitong.cn/q/778210.html",
        title="航标灯的灯质“单闪”“快闪”是什么意思？",
        record_title=None,
        date="2025-06-01",
        notes="Q&A encyclopaedia: the question as the title; 回答于 date as the page's date; expert badge and 'was this helpful' chrome",
        page="""
!m 百事通问答 › 交通运输 › 水运
{T}
!m 3个回答　浏览 611
!m 认证答主：航道工程师老季　回答于 2025-06-01
{BODY}
!a 这个回答对你有帮助吗？　有帮助(40)　没帮助(1)
!l 更多回答：
!l 夜航船友：简单说就是闪的快慢不一样 · 4天前
!l 相关问题：浮标颜色红绿分别代表什么？
""",
        body="""
灯质就是航标灯发光的规律，船员靠它在夜间识别不同的航标。
“单闪”指灯光在一个周期内只闪一次，亮的时间比暗的时间短，比如“单闪4秒”就是每4秒闪一次。
“快闪”指每分钟闪光50到80次，通常用在需要特别提醒的位置，比如施工水域和碍航物附近。
此外还有“联闪”“长闪”“等明暗”等灯质，具体可以查阅航标表。
""",
    ),
    dict(
        slug="netdisk-hydrogen-plan-share",
        site="云兜网盘 (invented)",
        style="网盘分享",
        genre="应急预案",
        kind="plan",
        form="text",
        source="https://pan.yundou.cn/s/1xQ7mZr0",
        title="加氢站氢气泄漏事故现场处置方案",
        record_title="加氢站氢气泄漏事故现场处置方案.wps",
        date="2025-04-08",
        notes="cloud-drive share of a WPS file; file-name title; share expiry stamp (not a date); emergency contacts table kept; save/download buttons",
        page="""
!m 云兜网盘 | 文件分享
!m 𝓨 云兜用户 分享了 1 个文件
!t 加氢站氢气泄漏事故现场处置方案.wps
!m 大小 88.2KB　｜　有效期：7天　｜　分享时间 2025-06-30 11:02
!a 保存到我的云兜　　下载(需登录)　　举报
!m 在线预览：
{BODY}
!a 预览仅显示文字内容，如需查看完整格式请下载
!d 请遵守网盘使用协议，勿分享违法违规内容
""",
        body="""
一、适用范围
本方案适用于本站氢气储存、加注和卸车过程中发生的氢气泄漏事故的现场处置。
二、处置程序
1．发现泄漏后立即按下紧急切断按钮，停止加注和卸车作业。
2．疏散站内人员和车辆，设置警戒区，禁止一切火源。
3．在确保安全的前提下关闭泄漏点上下游阀门，开启通风设施。
4．泄漏无法控制时，立即拨打119报警并报告公司安全部。
三、应急联系电话
岗位　姓名　电话
站长　石立伟　13500137711
安全员　冉晓东　13500137722
公司安全部　值班室　0532-6677 8119
氢谷能源加氢站
2025年4月8日
""",
    ),
    dict(
        slug="netdisk-shadowpuppet-script-html",
        site="方舟云盘 (invented)",
        style="网盘分享",
        genre="主持词",
        kind="other",
        form="html",
        source="https://www.fangzhou-yun.com/share/k82j1Qw",
        title="皮影戏进校园专场演出主持词",
        record_title="皮影戏进校园专场演出主持词.docx",
        date="2025-10-15",
        notes="cloud-drive preview page; file-name title; host script's 甲/乙 lines kept; page markers ⎨n⎬ as HTML paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>皮影戏进校园专场演出主持词.docx - 方舟云盘</title></head><body>
<div class="bar">⟦m 方舟云盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file"><h2>{T}</h2><p>⟦m 24.6KB · 分享者：剧团小杜 · 2025-10-16 分享⟧</p>
<div>⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 超级会员极速下载⟧</div></div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 方舟云盘仅提供存储服务，分享内容由用户自行负责⟧</div>
</body></html>
""",
        pages=dict(fmt="⎨{n}⎬", every=130, start=2),
        body="""
甲：亲爱的老师们、同学们，
乙：大家下午好！
甲：一口叙说千古事，双手对舞百万兵。今天，县皮影剧团的艺术家们走进我们校园，为大家带来一场精彩的皮影戏专场演出。
乙：皮影戏是我国古老的民间艺术，被列入人类非物质文化遗产代表作名录，已有两千多年的历史。
甲：首先请欣赏传统剧目《渔樵会》，掌声欢迎！
乙：刚才的表演精彩吗？接下来，剧团的老师还要教大家动手操纵影人，请大家仔细看、认真学。
甲：让我们再次用热烈的掌声感谢县皮影剧团的精彩演出！
乙：演出到此结束，请同学们按班级有序退场。
县实验小学少先队大队部
2025年10月15日
""",
    ),
    dict(
        slug="snapshot-termite-faq-text",
        site="搜索快照（白蚁防治站页面）(invented)",
        style="搜索快照",
        genre="问答",
        kind="other",
        form="text",
        source="http://cache.soukuai-search.com/c?u=http://byfz.fengyuan.gov.cn/wd/31.html",
        title="新建房屋为什么要做白蚁预防？",
        record_title="新建房屋为什么要做白蚁预防？-枫原县白蚁防治站-快照",
        date="2025-02-26",
        notes="search-engine snapshot header (crawl stamp not a date); the page's 发布日期 field as the date; highlight notice",
        page="""
!m 这是 http://byfz.fengyuan.gov.cn/wd/31.html 的快照，页面抓取于 2025年7月2日 03:11
!m 快照可能已过期，请访问原网页获取最新内容。以下关键词已高亮：白蚁 预防
!m 枫原县白蚁防治站 > 常见问答
{T}
!m 发布日期：2025-02-26
{BODY}
!m 枫原县白蚁防治站　地址：枫原县城东路66号
""",
        body="""
白蚁隐蔽性强，往往在房屋内部蛀蚀木构件、门窗和电缆，等到发现时危害已经很严重，治理成本高。
新建房屋在施工阶段进行白蚁预防处理，可以在建筑物周围形成药物屏障，有效阻止白蚁侵入，一次处理可保护多年。
根据有关规定，新建、改建、扩建房屋应当实施白蚁预防，建设单位在办理施工手续时应同时办理白蚁预防手续。
如需咨询，可拨打白蚁防治站电话0745-4230617。
""",
    ),
    dict(
        slug="snapshot-fishing-port-html",
        site="搜快快照（渔港管理站）(invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.sokuai.cn/?q=渔港休渔&u=yg.haimen.gov.cn/tz/118",
        title="关于做好2025年伏季休渔期间渔船进港管理的通知",
        record_title="关于做好2025年伏季休渔期间渔船进港管理的通知 - 海门县渔港管理站 - 快照",
        date="2025-04-25",
        notes="snapshot frame above a county fishing-port page; crawl and cache stamps not dates; numbered list and contact kept",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2025年伏季休渔期间渔船进港管理的通知 - 快照</title></head><body>
<div class="snapbar">⟦m 您正在查看的是搜快于 2025-09-14 收录的网页快照⟧ ⟦a 查看原网页⟧ ⟦m 搜快不对网页内容负责⟧</div>
<div class="orig">
<div class="site">⟦m 海门县渔港管理站⟧</div>
<div class="nav">⟦m 首页 站务公开 通知公告 渔船服务⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 时间：2025-04-25　来源：综合科⟧</div>
{BODY}
<div class="ft">⟦m 海门县渔港管理站 主办⟧</div>
</div></body></html>
""",
        body="""
各渔业村、渔船船东：
根据国家伏季休渔制度，2025年伏季休渔自5月1日12时开始。为做好休渔期间渔船进港管理，现将有关事项通知如下：
1．所有休渔渔船须于5月1日12时前回港，按指定泊位停靠。
2．休渔期间渔船实行“船进港、网入库、证集中”管理。
3．渔船确需临时出港的，须提前向渔港管理站报告。
联系电话：0596-2235100。
海门县渔港管理站
2025年4月25日
""",
    ),
]
