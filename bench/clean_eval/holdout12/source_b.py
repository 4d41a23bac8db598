"""Holdout12, part B: forums, blogs, WeChat mirrors, document sharing, education, intranets, Q&A. Invented text."""

CASES = [
    dict(
        slug="forum-lvyin-plan-html-jammer-quote",
        site="绿荫茶社论坛 (invented)",
        style="论坛",
        genre="工作计划",
        kind="plan",
        form="html",
        source="https://www.lvyinchashe.com/forum.php?mod=viewthread&tid=220917",
        title="2025年村党支部工作计划",
        record_title="2025年村党支部工作计划 - 基层干部交流区 - 绿荫茶社论坛",
        date="2025-01-06",
        notes="Discuz-like thread: jammer junk glued and on lines, user card, quote box, signature, reply box; the post time is the only date",
        page="""
<!DOCTYPE html><html><head><meta charset="gbk"><title>2025年村党支部工作计划 - 基层干部交流区 - 绿荫茶社论坛</title></head><body>
<div id="hd"><div class="logo">⟦m 绿荫茶社 · 基层干部的网上茶馆⟧</div><div class="um"><a>⟦a 注册新账号⟧</a> <a>⟦a 找回密码⟧</a></div></div>
<div id="pt">⟦m 绿荫茶社论坛 » 工作交流 » 基层干部交流区 » 查看内容⟧</div>
<table id="pid1"><tr>
<td class="pls"><div>⟦m 楼主：柳岸村小郑⟧</div><div>⟦m 积分 1288　帖子 96　精华 3⟧</div><div>⟦a 发消息⟧</div></td>
<td class="plc">
<h1 class="ts">{T}</h1>
<div class="authi">⟦m 发表于 2025-1-6 22:14 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz">
{BODY}
</div>
<div class="quote">⟦l 引用 观澜居士 的帖子：计划写得挺细，能不能再发一份驻村工作队的？⟧</div>
<div class="sign">⟦l 个人签名：在村里干了八年，写材料写到手软⟧</div>
<div class="po">⟦l 回复 | 评分 | 分享 | 举报 | 使用道具⟧</div>
</td></tr></table>
<div id="f_pst">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Dzq X3.5　© 2008-2025 绿荫茶社　晋ICP备12009301号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=2, glued=3),
        body="""
2025年，村党支部将坚持以党建引领乡村振兴，紧紧围绕“强班子、兴产业、美村庄、暖民心”目标，结合本村实际，制定如下工作计划。
一、加强支部自身建设。严格落实“三会一课”、主题党日、组织生活会等制度，每季度至少讲一次党课。发挥党员先锋模范作用，开展党员设岗定责活动，每名党员联系5至10户群众。年内计划发展党员1至2名，重点从返乡青年、致富能手中培养。
二、发展壮大集体经济。依托村里200亩茶园和闲置的老村部，与合作社合作发展茶叶初加工和民宿，力争村集体经营性收入突破30万元。继续做好土地流转服务，引导农户规模经营。
三、改善村庄人居环境。持续开展环境卫生整治，每月组织一次全村大扫除，完成村道两侧绿化3公里，新建垃圾分类亭6个。推进农村改厕“回头看”，确保改厕户用得上、用得好。
四、做好民生服务工作。落实村干部坐班值班制度，为群众代办各类事项；关心关爱留守老人、留守儿童，组织志愿者定期上门服务；做好矛盾纠纷排查化解，确保小事不出村。
五、强化党风廉政建设。严格执行村级小微权力清单，村务、财务每季度公开一次，主动接受群众监督。
""",
    ),
    dict(
        slug="blog-songchuang-insight-byline-date-tags",
        site="松窗小记 (invented personal blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://songchuang.blog.qingcha.net/2025/05/12/post-318/",
        title="下沉社区一个月的几点感受",
        record_title="下沉社区一个月的几点感受 | 松窗小记",
        date="2025-05-12",
        notes="blog post: header with blog slogan, post meta with 发布时间, tags, archive, prev/next, comment box",
        page="""
!m 松窗小记
!m 一个机关干部的业余笔记
!m 首页　　随笔　　读书　　归档　　关于我
{T}
!m 发布时间：2025-05-12 21:36　·　分类：随笔　·　阅读 213　·　评论 6
{BODY}
!l 标签：#下沉社区　#基层工作　#随笔
!l ← 较早的文章：读《乡土中国》的第二遍
!l 较新的文章：一次失败的调研 →
!l 发表评论（邮箱不会被公开，必填项已用*标注）
!l 归档：2025年5月(3)　2025年4月(5)　2025年3月(4)
!d 本博客文章均为原创，转载请联系博主并注明出处。
""",
        gap=True,
        body="""
按照单位安排，四月份我到城东的槐荫社区下沉工作了一个月。时间不长，但收获不少，记下几点感受。
第一，基层的事都是具体的事。在机关写材料，习惯了“加强”“推进”“落实”，到了社区才发现，每一件事都要落到具体的人身上：哪个楼道的灯坏了，哪位老人一个人住，哪家的孩子放学没人接。社区书记老梁说，基层工作没有“大概”，只有“具体”。
第二，群众的话要耐着性子听。有位大爷几乎每天都来社区反映楼下商户噪音的问题，刚开始我有点不耐烦，后来陪他一起去现场看了两次，又找商户沟通，问题解决后大爷专门送来一面小锦旗。很多时候，群众要的不是多么复杂的答案，而是有人认真听、认真办。
第三，机关的政策要经得起基层检验。我们在机关制定的一些表格，到了社区要一层一层填，有的内容重复，有的要求脱离实际。回来以后，我把收集到的意见整理了一份清单，交给了科里，希望能在今后的工作中改进。
一个月很快过去了，感谢社区的同志们对我的照顾。这段经历让我更加明白，写材料的人更应该多到基层去，笔下才有温度。
""",
    ),
    dict(
        slug="blog-yehang-reading-html-tagcloud-comments",
        site="夜航船博客 (invented)",
        style="博客",
        genre="读后感",
        kind="other",
        form="html",
        source="https://yehangchuan.cn/p/20250420-dushu.html",
        title="读《县域治理》有感",
        record_title="读《县域治理》有感｜夜航船",
        date=None,
        notes="blog HTML: header, sidebar with tag cloud, calendar and blogroll, comment list, reward button; no date in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>读《县域治理》有感｜夜航船</title>
<style>.sidebar{width:260px}</style></head><body>
<header><h2 class="blogname">⟦m 夜航船⟧</h2><p class="desc">⟦m 灯下读书，窗外行舟⟧</p>
<nav><a>⟦m 文章⟧</a><a>⟦m 书单⟧</a><a>⟦m 留言板⟧</a><a>⟦a 订阅RSS⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 作者：航船主人　|　分类：读书笔记　|　328 次阅读⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="reward"><button>⟦a 赏杯咖啡⟧</button></div>
<div class="post-nav">⟦l 上一篇 《乡村振兴的逻辑》读书笔记⟧ ⟦l 下一篇 春日随笔两则⟧</div>
<section class="comments"><h3>⟦l 3 条评论⟧</h3>
<div class="c">⟦l 青柠：写得真好，书单收藏了。⟧</div>
<div class="c">⟦l 老木匠：第三点深有同感。⟧</div>
<div class="c">⟦l 航船主人 回复 老木匠：谢谢！⟧</div>
<form>⟦l 发表你的看法⟧</form></section>
</article></main>
<aside class="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 读书 治理 基层 随笔 写作 历史⟧</p>
<h4>⟦l 友情链接⟧</h4><p>⟦l 松风阁　半亩方塘　北窗集⟧</p></aside>
<footer>⟦d 本站文字采用 署名-非商业性使用 许可协议⟧ ⟦m 夜航船 © 2019-2025⟧</footer>
</body></html>
""",
        body="""
最近读完了一本讲县域治理的书，书不厚，却让我这个在县里工作了十多年的人读出了很多共鸣。
作者把县比作国家治理的“基本单元”，认为县一级“上接天线、下接地气”，既要贯彻上级的政策，又要直接面对千家万户的具体需求。这一点我深有体会：县里的同志常说，上面千条线，下面一根针，所有的工作最后都要在县里穿针引线。
书中有一章专门讨论“考核”，让我印象最深。作者认为，考核是指挥棒，指挥棒指向哪里，干部的精力就用在哪里。考核过多过细，就会让基层疲于应付；考核过松过软，又难以形成压力。好的考核，应该少而精、重实绩、看群众满意度。
读完全书，我最大的感受是，县域治理没有现成的模板，关键在于因地制宜、实事求是。每个县的资源禀赋、发展阶段都不一样，照搬照抄别人的经验往往水土不服。
这本书值得每一位在县里工作的同志读一读。
""",
    ),
    dict(
        slug="wechat-jingyuan-html-many-sections-reader",
        site="镜缘公号阅读 mirror of 澜溪融媒 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jingyuan-read.com/s/lanximedia/2025061802.html",
        title="关于2025年澜溪县城区学校招生工作的通告",
        record_date="2025-06-18",
        date="2025-06-18",
        date_also=["2025-06-17"],
        notes="WeChat mirror: article split into many short <section> blocks, a data table as rows of cells, mirror header, account card, like/在看 row, mirror footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于2025年澜溪县城区学校招生工作的通告</title></head><body>
<div class="mirror-top">⟦m 镜缘·公号文章存档　——好文章不该消失⟧</div>
<div class="mirror-src">⟦m 原文链接已失效，以下为存档内容⟧</div>
<div id="img-content">
<h1 class="rich_media_title">{T}</h1>
<div class="meta"><span>⟦m 澜溪融媒⟧</span> <span>⟦m 2025年06月18日 19:30⟧</span> <span>⟦m 浙江⟧</span></div>
<div id="js_content">
<section><span>⟦m 点击上方蓝字 关注我们⟧</span></section>
{BODY}
<section><span>⟦m 来源｜县教育局⟧</span></section>
<section><span>⟦m 编辑｜俞晴　校对｜潘可　终审｜顾长林⟧</span></section>
<section><span>⟦l 往期推荐：澜溪这条路6月20日起封闭施工｜@高考生 查分时间定了⟧</span></section>
</div>
<div class="rm-bottom"><span>⟦l 喜欢此内容的人还喜欢⟧</span> <span>⟦a 分享⟧</span> <span>⟦a 点赞⟧</span> <span>⟦a 在看⟧</span> <span>⟦l 留言⟧</span></div>
</div>
<div class="mirror-foot">⟦d 镜缘存档仅为备份阅读，文章版权归原公众号所有，如需删除请来信⟧</div>
</body></html>
""",
        p_html='<section style="margin:0 8px;"><span style="font-size:16px;color:#333;">{}</span></section>',
        body="""
为规范城区义务教育学校招生工作，保障适龄儿童少年依法接受义务教育，根据上级有关文件精神，结合我县实际，现就2025年城区学校招生工作通告如下。
一、招生对象
小学一年级招收2018年9月1日至2019年8月31日出生、具有招生学区内户籍或符合条件的随迁子女；初中一年级招收2025年小学毕业生。
二、招生计划
学校　一年级班数　计划人数
澜溪县实验小学　10　450
澜溪县城东小学　8　360
澜溪县城西小学　6　270
澜溪县第一初级中学　12　600
三、报名时间和方式
报名时间为2025年7月1日至7月5日。家长可通过“澜溪教育”微信服务号在线报名，上传户口簿、房产证明等材料；无法网上报名的，可到学校现场报名。
四、有关要求
严禁学校以任何形式举行或变相举行入学考试，严禁以各类竞赛证书、考级证明作为招生依据。对弄虚作假骗取入学资格的，一经查实，取消入学资格。
咨询电话：县教育局基础教育股0576-85016622
澜溪县教育局
2025年6月17日
""",
    ),
    dict(
        slug="wechat-xinmo-text-title-thrice-contact",
        site="心墨文摘 (invented mirror of the account 材料加油站)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xinmowz.com/gzh/clyjz/20250409/88173.html",
        title="在青年干部座谈会上的讲话提纲",
        record_title="在青年干部座谈会上的讲话提纲",
        date=None,
        notes="title three times; account intro and a writing-service prompt; reading count; no date",
        page="""
!m 心墨文摘 > 公众号精选 > 材料加油站
{T}
!m 材料加油站　阅读 1.1万　推荐 312
!t 原创｜在青年干部座谈会上的讲话提纲
!m ▲点击“材料加油站”，每天分享一篇原创好材料
{T}
{BODY}
!w —— END ——　需要写作辅导或定制材料，加小编：jyz_writer（工作日9:00-18:00在线）
!a ❤ 转发给需要的朋友，就是对我们最大的鼓励
!l 精选留言：老刘：提纲很实用，收藏了！
!d 本文转载自公众号“材料加油站”，心墨文摘仅作收录展示。
""",
        body="""
今天召开青年干部座谈会，主要是听听大家的想法，交流思想、增进了解。刚才，8位同志作了发言，谈工作体会、谈成长困惑，讲得都很实在。下面，我讲几点意见，和大家共勉。
一、要坚定理想信念，做到对党忠诚
青年干部是事业发展的未来。理想信念是共产党人精神上的“钙”，大家要把学习党的创新理论作为终身必修课，在学思践悟中坚定信仰信念。
二、要练就过硬本领，做到能干成事
本领不是天生的，是在实践中磨炼出来的。希望大家主动到基层一线、到急难险重岗位去经受锻炼，在实践中增长才干，不做“温室里的花朵”。
三、要锤炼优良作风，做到干净干事
廉洁是干部的立身之本。青年干部要从小事小节上守起，管住自己的嘴、管住自己的手、管住自己的腿，清清白白做人、干干净净做事。
四、要保持良好心态，做到行稳致远
成长进步是一个长期的过程，不可能一蹴而就。希望大家正确看待个人进退留转，耐得住寂寞、守得住清贫，把心思和精力用在干事创业上。
同志们，青春是用来奋斗的。希望大家珍惜韶华、不负时代，在各自岗位上书写无愧于青春的精彩篇章！
""",
    ),
    dict(
        slug="docshare-yunjuan-report-diamond-markers-cn-date",
        site="云卷文档 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.yunjuandoc.com/doc/5520713869.html",
        title="2024年度个人述职述廉报告",
        record_title="2024年度个人述职述廉报告.pdf",
        date="2025-01-15",
        notes="file-name title; hard-wrapped at 62 columns; ◇n◇ page markers on lines of their own; date in Chinese numerals under the signature",
        page="""
!m 云卷文档　　——分享知识，传播价值
!d 本文档由用户上传，云卷文档仅提供存储服务，文档内容不代表平台观点。
!m 2024年度个人述职述廉报告.pdf　　共5页　　2.1万次阅读
!a 【免费下载】　【收藏】　【分享】　【打印】
{T}
{BODY}
!a 继续阅读请登录，登录后可阅读全部5页
!l 你可能还想看：2024年领导班子述职报告　｜　个人述职述廉述学报告
!m 云卷文档　鄂ICP备21003318号-1
""",
        wrap=62,
        pages=dict(fmt="◇{n}◇", every=110, start=2),
        body="""
2024年，我在局党组的领导下，认真履行分管工作职责，坚持廉洁自律，较好地完成了各项工作任务。现将一年来的学习、工作和廉洁自律情况报告如下，请予评议。
一、加强学习，提高政治素养
坚持把政治理论学习放在首位，全年参加党组理论学习中心组学习14次，撰写研讨材料5篇。坚持学以致用，把学习成果转化为谋划工作、解决问题的能力。
二、履职尽责，推动工作落实
我分管办公室、财务和后勤工作。一是提升办文办会质量，全年处理各类公文1860件，组织大型会议23次，未发生差错。二是严格财务管理，修订完善财务报销、公务接待等制度6项，全年“三公”经费同比下降12.6%。三是改善办公条件，完成机关食堂和档案室改造，干部职工满意度明显提高。
三、廉洁自律，守住底线红线
严格落实中央八项规定及其实施细则精神，认真执行领导干部个人有关事项报告制度，从不利用职务之便为本人或亲友谋取私利。对分管科室干部经常提醒、严格要求，分管领域未发生违纪违法问题。
四、存在的不足和努力方向
主要是深入基层调研不够，工作创新意识还不强。今后，我将进一步加强学习、转变作风、改进工作，努力取得更好成绩。
述职人：沈立夏
二〇二五年一月十五日
""",
    ),
    dict(
        slug="docshare-gushu-request-html-docno",
        site="古书阁文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.gushuge-doc.com/read/9012277.html",
        title="关于申请拨付2025年度农村饮水安全维修养护资金的请示",
        record_title=None,
        date="2025-04-22",
        notes="no record title; document-sharing viewer page; document number neutral; upload notice, points prompt, report link; 成文日期 in the text",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>古书阁文档 - 在线阅读</title></head><body>
<div class="bar">⟦m 古书阁文档⟧ <input> <button>⟦a 搜文档⟧</button> <a>⟦a 我的书房⟧</a></div>
<div class="viewer">
<div class="vtop"><span>⟦m 文档分类：行政公文 › 请示报告⟧</span><span>⟦m 上传人：晨露123　上传日期：2025-05-06⟧</span></div>
<div class="vtip">⟦d 温馨提示：本文档由用户自行上传，古书阁不对内容负责，如有侵权请提交申诉⟧</div>
<div class="vpage">
<p class="docno">溪水利〔2025〕31号</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="vend">⟦a 下载本文档需消耗 3 个书币　⟧<a>⟦a 立即充值⟧</a></div>
<div class="vops">⟦a 点赞⟧ ⟦a 收藏⟧ ⟦a 举报⟧</div>
</div>
<div class="more"><h3>⟦l 同类文档⟧</h3><p>⟦l 关于申请农村公路养护资金的请示.doc⟧</p><p>⟦l 关于拨付防汛物资经费的请示.pdf⟧</p></div>
<div class="ft">⟦m 古书阁 2016-2025　京ICP证160913号　违法和不良信息举报：jubao@gushuge-doc.com⟧</div>
</body></html>
""",
        body="""
县人民政府：
我县农村饮水安全工程共有集中供水工程86处、分散供水工程1200余处，覆盖农村人口19.3万人。由于部分工程建成时间较早，管网老化、设备损坏等问题日益突出，去年以来累计发生爆管、停水等故障47次，影响群众正常用水。
为保障农村群众饮水安全，根据《澜溪县农村饮水安全工程运行管理办法》，我局对全县农村供水工程进行了全面排查，共梳理出需维修养护项目53个，主要包括更换老化管网28.6公里、维修水泵机组41台套、更新消毒设备19套等，经测算共需资金386.5万元。
目前，省级下达农村供水工程维修养护补助资金210万元，尚有缺口176.5万元。恳请县政府从县级财政安排配套资金176.5万元，以确保维修养护项目在汛期前完工。
妥否，请批示。
澜溪县水利局
2025年4月22日
""",
    ),
    dict(
        slug="edu-jinxi-notice-html-schedule-rows-contact",
        site="金溪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jinxi.gov.cn/tzgg/2025/0225/2981.html",
        title="关于举办2025年金溪区中小学生科技创新大赛的通知",
        record_date="2025-02-25",
        date="2025-02-25",
        date_also=["2025-02-24"],
        notes="education bureau page; schedule as a table of rows in the body; the notice's own contact and attachment kept; sidebar with quick links",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办2025年金溪区中小学生科技创新大赛的通知</title></head><body>
<div class="head">⟦m 金溪区教育局　JINXI EDUCATION⟧</div>
<div class="nav">⟦m 首页　教育动态　通知公告　政策法规　招生考试　办事指南⟧</div>
<div class="body"><div class="left">
<div class="loc">⟦m 所在位置：首页＞通知公告＞正文⟧</div>
<h3>{T}</h3>
<div class="sub">⟦m 作者：区电教馆　发布日期：2025-02-25　阅读次数：1462⟧</div>
{BODY}
<div class="op">⟦a 【打印本文】⟧ ⟦a 【返回顶部】⟧</div>
</div>
<div class="right"><div class="box">⟦l 快捷通道⟧</div>
<ul><li>⟦l 教师招聘⟧</li><li>⟦l 学籍管理⟧</li><li>⟦l 资助政策⟧</li><li>⟦l 校园安全⟧</li></ul>
<div class="box">⟦l 最新公告⟧</div><ul><li>⟦l 关于2025年春季学期开学安全检查的通知⟧</li><li>⟦l 区教育局2025年政务公开工作要点⟧</li></ul></div></div>
<div class="foot">⟦m 主办单位：金溪区教育局　地址：金溪区文昌路18号　邮编：335200⟧ ⟦m 赣ICP备09011273号⟧</div>
</body></html>
""",
        body="""
各中小学校：
为激发青少年科学兴趣，培养学生创新精神和实践能力，区教育局决定举办2025年金溪区中小学生科技创新大赛，现将有关事项通知如下。
一、参赛对象
全区中小学在校学生及科技辅导教师。
二、比赛项目
设科技创新成果、科幻画、青少年机器人、科技实践活动四个类别，具体要求见附件。
三、时间安排
环节　时间　地点
校级选拔　3月1日至3月20日　各学校
作品申报　3月21日至3月28日　网上申报
区级评审　4月8日至4月10日　区青少年活动中心
成果展示　4月下旬　区青少年活动中心
四、有关要求
各校要高度重视，精心组织，严禁家长代做、抄袭他人作品等弄虚作假行为，一经发现取消参赛资格。
联系人：区电教馆　程老师　电话：0794-2317608
附件：2025年金溪区中小学生科技创新大赛项目说明
金溪区教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-fengping-letter-wrapped-parents",
        site="枫坪镇中心小学校园网 (invented)",
        style="教育门户",
        genre="致家长的一封信",
        kind="letter",
        form="text",
        source="http://www.fpzx.edu.cn/xxgg/20250701/3316.html",
        title="2025年暑假致家长的一封信",
        record_title="2025年暑假致家长的一封信--枫坪镇中心小学",
        date="2025-07-01",
        notes="school site as text, hard-wrapped at 56 columns; the school's own safety hotline in the body; date under the signature",
        page="""
!m 枫坪镇中心小学　　崇德　尚学　健体　求真
!m 学校首页→校务公开→学校公告
{T}
!m 发布人：校办　　点击数：867　　更新时间：2025/7/1
{BODY}
!a 【发表评论】【告诉好友】【打印此文】【关闭窗口】
!l 上一篇文章：关于2025年秋季一年级新生报名的通知
!l 下一篇文章：我校举行2025届毕业典礼
""",
        wrap=56,
        indent="　　",
        body="""
尊敬的家长朋友：
您好！根据上级安排，我校2025年暑假自7月5日开始，8月31日学生返校报到，9月1日正式上课。为让孩子们度过一个安全、健康、充实的假期，现将有关事项告知如下。
一、严防溺水。暑假是溺水事故高发期，请家长务必做到“六不”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救。
二、注意交通安全。教育孩子遵守交通规则，不在马路上追逐打闹，未满12周岁不骑自行车上路，不乘坐无牌无证车辆和超载车辆。
三、合理安排作息。督促孩子按时完成假期作业，每天坚持阅读半小时、锻炼一小时，控制使用手机和电子产品的时间，防止沉迷网络游戏。
四、关注心理健康。多陪伴孩子，多与孩子沟通交流，及时了解孩子的思想动态，发现异常情况及时与班主任联系。
学校暑期值班电话：0739-6620135
最后，祝您和您的家人暑期愉快，生活幸福！
枫坪镇中心小学
2025年7月1日
""",
    ),
    dict(
        slug="intranet-huaneng-minutes-oa-trail",
        site="华能澜溪热电有限公司办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://oa.hnlxrd.local/portal/doc/view?id=20250311-0042",
        title="2025年第一季度安全生产委员会会议纪要",
        record_title="2025年第一季度安全生产委员会会议纪要",
        date="2025-03-11",
        notes="OA export: approval trail, read receipt and print stamp are chrome; the minutes' own 时间/地点/主持/参会 lines kept",
        page="""
!m 协同办公平台 ▸ 公文管理 ▸ 收文阅办 ▸ 查看
!m 拟稿部门：安全环保部　　拟稿人：韦成　　密级：内部
!m 流程状态：已归档　　当前节点：结束
{T}
{BODY}
!m 【审批记录】安全环保部主任 阎涛 2025-03-12 09:02 同意；分管副总 贺峥 2025-03-12 14:30 同意；总经理 戴维嘉 2025-03-13 08:47 同意
!m 已阅人员（27）　未阅人员（3）
!a 〔签收〕〔转发〕〔导出PDF〕〔打印预览〕
!d 本文件仅限公司内部使用，未经批准不得外传。
""",
        body="""
时间：2025年3月11日下午
地点：公司三楼会议室
主持：总经理　戴维嘉
参会：公司领导班子成员，各部门、各车间负责人
2025年3月11日，公司召开2025年第一季度安全生产委员会会议，传达上级安全生产工作会议精神，通报一季度安全生产情况，部署下阶段重点工作。现将会议议定事项纪要如下。
一、会议听取了安全环保部关于一季度安全生产情况的汇报。一季度公司未发生人身伤害和设备损坏事故，机组安全运行天数达到1126天。会议指出，春检期间外包作业人员多、交叉作业多，安全风险明显增大，各部门不能有丝毫松懈。
二、会议要求，各车间要严格执行“两票三制”，对高处作业、有限空间作业、动火作业实行作业许可管理，作业前必须进行风险辨识和安全交底，现场必须有专人监护。
三、会议决定，3月下旬至4月底在全公司开展外包工程安全专项整治，由安全环保部牵头，设备部、物资部配合，对外包单位资质、人员持证、安全培训等情况进行全面检查，对不符合要求的坚决清退。
四、会议强调，要加强汛前准备工作，4月15日前完成厂区排水系统疏通和防汛物资检查补充。
""",
    ),
    dict(
        slug="intranet-gaotie-news-html-portal",
        site="栖凤城轨集团内网门户 (invented)",
        style="企业内网",
        genre="新闻",
        kind="news",
        form="html",
        source="http://portal.qfmetro.internal/news/qydt/20250516/6618.html",
        title="集团召开2025年党风廉政建设和反腐败工作会议",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="intranet portal: user bar, app shortcut row, news meta with publisher department, read count, like/comment row, internal footer",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>集团门户-新闻详情</title></head><body>
<div class="ubar">⟦m 栖凤城轨集团综合门户⟧ <span>⟦m 欢迎您，调度中心 罗思敏⟧</span> <a>⟦a 退出⟧</a></div>
<div class="apps">⟦m 待办(5)　邮件　日程　通讯录　知识库　报销⟧</div>
<div class="crumbs">⟦m 门户首页 / 新闻中心 / 企业动态⟧</div>
<div class="news">
<h2>{T}</h2>
<p class="src">⟦m 发布部门：党群工作部　发布人：冯悦　2025-05-16 17:08　阅读 1327⟧</p>
<div class="ct">
{BODY}
</div>
<div class="ops">⟦l 👍 赞(86)　💬 评论(4)　↗ 转发至工作圈⟧</div>
</div>
<div class="ft">⟦d 内部网站　注意保密　请勿将内网信息转发至互联网⟧ ⟦m 技术支持：集团信息中心 分机 8806⟧</div>
</body></html>
""",
        body="""
5月16日，集团召开2025年党风廉政建设和反腐败工作会议，深入学习贯彻上级纪委全会精神，总结2024年工作，部署2025年任务。集团党委书记、董事长许正言出席会议并讲话。
会议指出，2024年集团各级党组织认真落实管党治党政治责任，持续加强廉洁风险防控，在招标采购、工程建设等重点领域开展专项治理，全面从严治党取得新成效。
会议强调，城轨建设投资大、链条长、环节多，廉洁风险不容忽视。各级党组织要扛牢主体责任，主要负责人要履行好第一责任人职责，班子成员要落实“一岗双责”。要聚焦工程建设、物资采购、资产经营等重点领域，健全制度、堵塞漏洞，推动权力规范透明运行。要加强廉洁文化建设，以案为鉴、以案促改，引导党员干部知敬畏、存戒惧、守底线。
会上，集团党委与各所属单位党组织签订了党风廉政建设责任书。集团领导班子成员，各部门、各所属单位主要负责人参加会议。
""",
    ),
    dict(
        slug="qa-zhidao-host-script-answer-meta",
        site="问知社区 (invented)",
        style="问答社区",
        genre="主持词",
        kind="other",
        form="text",
        source="https://www.wenzhi.cc/question/88172035/answer/302118",
        title="社区重阳节敬老文艺汇演主持词",
        record_title=None,
        date=None,
        notes="Q&A page: the question, answerer card, vote counts, follow prompts, comment box; the answer holds the whole script with its own title line",
        page="""
!m 问知社区 — 有问题，就会有答案
!m 问题：社区要办重阳节敬老文艺汇演，主持词怎么写比较好？急！！
!m 12 个回答　·　被浏览 8,806 次
!m 最佳答案　|　答主：枫叶红了　社区工作者　已帮助 3.2 万人
{T}
{BODY}
!m 编辑于 3 天前　著作权归作者所有
!a ▲ 赞同 1,376　　▼　　💬 88 条评论　　★ 收藏　　♡ 喜欢
!a 关注问题　　写回答　　邀请回答
!l 其他回答：重阳节活动开场白怎么写？｜社区老年节活动方案有哪些？
""",
        body="""
男：尊敬的各位老人、各位来宾，
女：亲爱的社区居民朋友们，
合：大家上午好！
男：九九重阳，岁岁安康。在这个秋高气爽、丹桂飘香的美好日子里，我们欢聚一堂，共同庆祝传统佳节重阳节。
女：首先，请允许我代表社区党委、居委会，向在座的各位老人致以节日的问候，祝大家身体健康、福寿绵长！
男：尊老敬老是中华民族的传统美德。今天，社区的文艺爱好者们精心准备了一台节目，献给辛勤了大半辈子的老人们。
女：下面，请欣赏由社区舞蹈队带来的开场舞《最美夕阳红》，大家掌声欢迎！
男：节目到这里就全部结束了。感谢各位演员的精彩表演，感谢各位老人和居民朋友的热情参与。
女：愿我们的老人们老有所乐、老有所依，天天都有好心情！
合：社区重阳节敬老文艺汇演到此结束，祝大家重阳节快乐，再见！
""",
    ),
]
