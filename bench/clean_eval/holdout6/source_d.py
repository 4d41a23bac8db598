"""Holdout6 cases, part D: forums, local forums, exam forums, Q&A sites, knowledge-base wikis and
personal collections. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="forum-wenmo-report-junk-floors",
        site="文墨公文社区 (invented, Discuz-style)",
        style="论坛",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://bbs.wenmogw.com/thread-220417-1-1.html",
        title="关于乡镇“一支队伍管执法”改革运行情况的调研报告",
        record_title="[调研报告] 关于乡镇“一支队伍管执法”改革运行情况的调研报告（原创，求指点）",
        date="2025-04-22",
        notes="forum post with junk lines and glued junk; the 发表于 line gives the date; replies and a signature chrome",
        page="""
!m 文墨公文社区 » 材料交流 » 调研报告
!m 查看：1937　|　回复：22
!t [调研报告] 关于乡镇“一支队伍管执法”改革运行情况的调研报告（原创，求指点）
!m 笔耕不辍 发表于 2025-4-22 20:48　|　只看楼主　|　倒序看帖
{BODY}
!m 个人签名：一字一句皆是功夫
!a 支持　　反对　　举报　　回复
!l 2楼　老树　2025-4-22 21:30　学习了，结构很清晰
!l 3楼　柠檬水　2025-4-23 08:02　第二部分的数据可以再细化一下
!a 高级模式　　发表回复
!m 文墨公文社区 ( 浙ICP备19044027号-2 ) | GMT+8, 2025-5-6 11:20
""",
        junk=dict(lines=2, glued=4),
        body="""
根据县委改革办安排，4月上旬，调研组深入6个乡镇，就乡镇“一支队伍管执法”改革运行情况开展专题调研。现将有关情况报告如下。
一、基本情况。改革以来，全县18个乡镇全部组建综合行政执法队，下放执法事项136项，划转执法人员214名。乡镇执法力量由过去的“九龙治水”变为“一支队伍”，群众反映的问题处置时间平均缩短了40%。
二、存在问题。一是承接能力不足，部分乡镇执法人员持证率不到七成；二是部门协同不畅，一些专业性较强的执法事项乡镇“接不住、管不好”；三是执法保障薄弱，执法车辆、取证设备配备不到位。
三、几点建议。建议对下放事项开展评估，“接不住”的事项及时调整；建立县直部门与乡镇联合执法机制，加强业务指导；将执法经费纳入乡镇财政预算，配齐必要的执法装备。
""",
    ),
    dict(
        slug="localforum-shanxi-post-notice-reprint",
        site="椒岭论坛 (invented local forum)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.jiaoling.net/forum.php?mod=viewthread&tid=880451",
        title="关于2025年椒岭县城区集中供暖开栓时间的通知",
        record_title="转：关于2025年椒岭县城区集中供暖开栓时间的通知（供暖的朋友看过来）",
        date="2025-10-28",
        notes="a local-forum reprint of an official notice: 转：prefix and a chatty suffix in the record title; poster's comment before the notice is chrome; the heat company's own hotline stays",
        page="""
!m 椒岭论坛 › 椒岭资讯 › 便民信息
!t 转：关于2025年椒岭县城区集中供暖开栓时间的通知（供暖的朋友看过来）
!m 楼主：岭上人家　　2025-10-28 18:22　　来自手机
!w 转自热力公司公众号，大家相互转告。另：本人承接水电暖维修，电话159****2208
{BODY}
!l 1#　暖暖：终于要来暖气了！
!l 2#　路人甲：去年15号才热，今年能准时吗
!a 回复本帖　　收藏　　分享到微信
!m 椒岭论坛，椒岭人自己的网上家园
""",
        body="""
各热用户：
根据《椒岭县城市供热管理办法》规定，结合近期天气情况，经县城市管理局批准，2025—2026年度城区集中供暖定于11月5日开始注水试压，11月10日正式供暖。
请各热用户提前检查室内供暖设施，注水期间家中务必留人，发现跑冒滴漏及时关闭阀门并报修。
报修电话：0737-2216600（24小时）。
椒岭县热力有限公司
2025年10月28日
""",
    ),
    dict(
        slug="gkforum-essay-model-answer-floors",
        site="申论研习社 (invented civil-service exam forum)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://www.shenlunyxs.com/thread/41207",
        title="以“小切口”推动基层治理“大变化”",
        record_title="【申论范文】以“小切口”推动基层治理“大变化”（附评分）",
        date=None,
        notes="exam forum: model essay with a score line; moderators' tips and 盖楼 replies are chrome; no date",
        page="""
!m 申论研习社 › 申论大作文 › 范文精读
!t 【申论范文】以“小切口”推动基层治理“大变化”（附评分）
!m 版主推荐　　楼主：上岸的阿禾　　浏览 8032
!a 本帖附件需回复后下载：申论范文合集.pdf（2.3MB）
{BODY}
!m 【阅卷老师点评】得分：33/40　立意准确，论证层次清晰，对策部分略显单薄。
!l 沙发：先马后看
!l 板凳：学到了“小切口”的写法
!w 加入备考群，每日一篇范文精批：Q群 603118247
""",
        body="""
基层治理千头万绪，但群众最关心的往往是家门口的小事。从一盏路灯到一个停车位，从一处积水点到一块健身场地，这些“小切口”连着民心，也检验着治理的成色。
以“小切口”推动治理，首先要听得见。要畅通民意表达渠道，用好“民情夜谈”“网格走访”等方式，让群众的急难愁盼第一时间被听到。
以“小切口”推动治理，关键要办得实。对群众反映的问题，要建立台账、限时办结，不能只做表面文章。
以“小切口”推动治理，还要管得久。要把解决个案和完善制度结合起来，推动一类问题的解决，让“小切口”成为“大变化”的起点。
""",
    ),
    dict(
        slug="qa-community-answer-report-outline",
        site="问知社区 (invented Q&A site)",
        style="问答社区",
        genre="汇报材料",
        kind="report",
        form="text",
        source="https://www.wenzhi-sq.com/question/318802/answer/991204",
        title="乡镇食品安全工作情况汇报",
        record_title="乡镇食品安全工作汇报怎么写？ - 问知社区",
        title_also=["乡镇食品安全工作汇报怎么写？"],
        date=None,
        notes="Q&A page: the question is the record title, the answer holds a whole 汇报 whose own heading is the title; vote bar and other answers chrome; no date",
        page="""
!m 问知社区
!t 乡镇食品安全工作汇报怎么写？
!m 关注者 86　被浏览 12,408
!a 写回答　　邀请回答　　好问题 12
!m 老陈写材料 · 乡镇办公室工作八年
!m 给你一篇我们去年写的，供参考：
{T}
{BODY}
!a 赞同 291　　💬 24 条评论　　分享　　收藏　　喜欢
!l 查看全部 17 个回答
!l 其他回答：食安汇报一般按“基本情况—主要做法—存在问题—下步打算”来写
""",
        body="""
今年以来，我镇坚持把食品安全作为重大民生工程来抓，全镇未发生食品安全事故。
一、落实属地责任。成立由镇长任组长的食品安全委员会，全镇22名包保干部对辖区408家食品生产经营主体开展包保督导，督导任务完成率100%。
二、聚焦重点领域。对学校食堂、农村集体聚餐、小作坊等开展专项检查，全年检查312家次，发现并整改问题76个。
三、存在问题和下步打算。当前镇级监管力量不足、农村群宴报备落实不到位等问题仍然存在。下一步，我们将配齐食品安全协管员，推动农村集体聚餐“申报—指导—备案”全流程管理。
""",
    ),
    dict(
        slug="wiki-kb-regulation-revisions-table",
        site="政务知识库 wiki 汇知百科 (invented)",
        style="百科问答",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://wiki.huizhibk.com/index.php?title=机关公务用车管理办法",
        title="蓼川县机关公务用车管理办法",
        record_title="蓼川县机关公务用车管理办法 - 汇知百科，政务知识库",
        date="2024-12-30",
        notes="wiki page: edit links, contents box, revision footer, categories; the 办法's own table of vehicle classes and numbered articles stay; the 施行 date is not the expected date, the 印发 date in the preamble is",
        page="""
<html><head><meta charset="utf-8"><title>蓼川县机关公务用车管理办法 - 汇知百科，政务知识库</title></head><body>
<div id="p-personal">⟦a 创建账户　登录⟧</div>
<div id="left-nav">⟦a 页面　讨论　阅读　编辑　查看历史⟧</div>
<h1 id="firstHeading">{T}</h1>
<div id="siteSub">⟦m 出自汇知百科，政务知识库⟧</div>
<div id="toc"><p>⟦l 目录⟧</p><p>⟦l 1 总则　2 配备管理　3 使用管理　4 附则⟧</p></div>
<div id="mw-content-text">
{BODY}
</div>
<div id="catlinks">⟦l 分类：公务用车 | 机关事务 | 蓼川县 | 规章制度⟧</div>
<div id="footer">⟦m 此页面最后编辑于2025年3月2日 (星期日) 14:27。⟧<br>⟦d 本站文字内容遵循知识共享署名-相同方式共享许可协议，附加条款亦可能适用。⟧</div>
</body></html>
""",
        body="""
（2024年12月30日县机关事务管理局印发，自2025年2月1日起施行）
第一条　为规范机关公务用车管理，降低行政成本，根据有关规定，结合本县实际，制定本办法。
第二条　本办法适用于全县各级党政机关、人民团体和参照公务员法管理的事业单位。
第三条　公务用车按照以下标准配备：
车辆类别 | 排气量 | 购车价格
一般公务用车 | 1.8升（含）以下 | 18万元以内
执法执勤用车 | 2.0升（含）以下 | 22万元以内
第四条　公务用车实行集中管理、统一调度，严禁公车私用、私车公养。
第五条　本办法由县机关事务管理局负责解释。
""",
    ),
    dict(
        slug="wiki-faq-answer-no-date-html",
        site="办事通百科 (invented encyclopedia/Q&A)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://baike.banshitong.cn/item/公文成文日期/20418",
        title="公文成文日期的标注规则",
        record_title=None,
        date=None,
        notes="encyclopedia entry with no record title; the body quotes example dates inside a sentence (not a signature date: expect null); edit/vote chrome",
        page="""
<html><head><meta charset="utf-8"><title>公文成文日期的标注规则_办事通百科</title></head><body>
<div class="top">⟦m 办事通百科⟧ ⟦a 进入词条　全站搜索　帮助⟧</div>
<h1>{T}</h1>
<div class="lemma-meta">⟦a 编辑　锁定　讨论⟧ ⟦m 本词条由“办事通”科普团队参与编辑并审核⟧</div>
<div class="para-wrap">
{BODY}
</div>
<div class="vote">⟦a 词条有用 126　｜　内容有误，我要纠错⟧</div>
<div class="related">⟦l 相关词条：发文字号　版记　公文格式⟧</div>
<div class="stat">⟦m 浏览次数：58,102次　词条统计⟧</div>
</body></html>
""",
        body="""
成文日期是公文生效的时间标志，一般位于发文机关署名之下。
标注成文日期时，应当使用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位，即“1”不编为“01”。例如，应写作“2025年6月3日”，而不宜写作“25年06月03日”。
会议讨论通过的公文，以会议通过的日期为成文日期；经领导人签发的公文，以签发日期为成文日期；联合行文以最后签发机关负责人的签发日期为准。
""",
    ),
    dict(
        slug="anthology-essay-column-chapter-nav",
        site="晴川文丛 (invented personal collection)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="http://qingchuanwencong.cn/juan2/pian14.html",
        title="驻村两年记",
        record_title="驻村两年记（卷二·第十四篇）",
        date="2024-11-20",
        notes="personal anthology: chapter nav and author bio chrome; decorated title with a volume tag; a dated postscript line ends the text",
        page="""
!m 晴川文丛 · 卷二　乡土
!l 目录　｜　上一篇：村口那棵老樟树　｜　下一篇：雨夜巡堤
!t 驻村两年记（卷二·第十四篇）
{BODY}
!l 上一篇：村口那棵老樟树　　下一篇：雨夜巡堤
!m 作者简介：晴川，本名邬晴，岚川县人，现供职于县直机关，业余写作。
!d 文丛所收均为作者原创，转载请注明出处。
""",
        indent="\u3000\u3000",
        body="""
二〇二二年秋天，我背着铺盖到杉坪村任第一书记。那时候村里的路还是泥路，下雨天鞋子上要粘二斤泥。
头三个月，我几乎走遍了全村一百四十七户人家。老人们最盼的是路，年轻人最盼的是活路。
两年里，我们修了四公里水泥路，建起了一个茶叶加工厂，村里第一次有了集体收入。离开那天，乡亲们送到村口，有人往我车里塞了一篮鸡蛋。
那篮鸡蛋，我记一辈子。
（二〇二四年十一月二十日，记于县城）
""",
    ),
    dict(
        slug="forum-html-speech-discuz-jammer",
        site="机关写手之家 (invented, Discuz-style)",
        style="论坛",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://www.jgxszj.com/forum.php?mod=viewthread&tid=70213",
        title="全县“最美家庭”表彰大会主持词",
        record_title="全县“最美家庭”表彰大会主持词 - 主持词 - 机关写手之家 - Powered by Discuz!",
        date=None,
        notes="Discuz HTML: jammer junk in font tags inside the post; user card; rate box; no date in the post (the post time is a relative '3 天前')",
        page="""
<html><head><meta charset="utf-8"><title>全县“最美家庭”表彰大会主持词 - 主持词 - 机关写手之家 - Powered by Discuz!</title></head><body>
<div id="hd">⟦m 机关写手之家⟧ <a>⟦a 快捷导航⟧</a> <a>⟦a 签到⟧</a></div>
<div id="pt">⟦m 机关写手之家 › 会议材料 › 主持词 › 查看内容⟧</div>
<table><tr><td class="pls"><div>⟦m 会写的阿狸⟧</div><p>⟦m UID 48812　积分 3306　在线时间 902 小时⟧</p></td>
<td class="plc"><div class="pi">⟦m 发表于 3 天前⟧ ⟦a 只看该作者⟧</div>
<h1>⟦t 全县“最美家庭”表彰大会主持词⟧</h1>
<div class="t_fsz">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 3　贡献 +6　收起 理由⟧</div>
</td></tr></table>
<div id="f_pst">⟦a 您需要登录后才可以回帖　登录 | 注册⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
各位领导、同志们、朋友们：
家庭是社会的基本细胞。今天，我们在这里隆重召开全县“最美家庭”表彰大会，对评选出的50户“最美家庭”进行表彰。出席今天大会的有县委常委、宣传部部长尹文澜同志，县妇联主席蒋慧同志。
会议进行第一项，请县妇联副主席宣读表彰决定。
会议进行第二项，请领导为受表彰家庭代表颁奖。
会议进行第三项，请“最美家庭”代表发言。
会议进行最后一项，请尹文澜部长讲话。
同志们，希望大家以受表彰家庭为榜样，注重家庭、注重家教、注重家风。现在我宣布，大会到此结束！
""",
    ),
    dict(
        slug="qa-zhihu-like-column-letter",
        site="知言专栏 (invented Zhihu-like column)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="https://zhuanlan.zhiyan.example.com/p/71820244",
        title="关于商请协助开展2025年度企业用工需求调查的函",
        record_title="函件范例：关于商请协助开展2025年度企业用工需求调查的函",
        date="2025-03-03",
        notes="column post that shows a model 函; the author's intro and outro are chrome; 联系人 line and signature date stay",
        page="""
!m 知言专栏 · 公文那些事
!t 函件范例：关于商请协助开展2025年度企业用工需求调查的函
!m 公文那些事　已认证账号　发布于 2025-03-18 21:40・IP 属地岚江
!w 很多朋友私信问“函”怎么写，今天分享一个平行机关之间商请协助的例子：
{T}
{BODY}
!w 觉得有用记得点赞收藏，有问题评论区见～
!a ​赞同 1.4 万　　​添加评论　　​分享　　​喜欢　　​收藏
!l 推荐阅读：请示与函的五点区别｜复函的写法
""",
        date_also=["2025-03-18"],
        body="""
县工商业联合会：
为准确掌握全县企业用工需求，做好2025年度就业服务和职业技能培训工作，我局拟于3月至4月开展企业用工需求调查。鉴于贵会联系企业广泛，特商请贵会协助做好以下工作：
一、通知会员企业登录“棠溪就业”小程序填报用工需求；
二、协助组织两场企业座谈会，了解企业招工难点。
请予支持为盼。
联系人：管若初，电话：0572-8890316。
棠溪县人力资源和社会保障局
2025年3月3日
""",
    ),
    dict(
        slug="localforum-community-pledge-no-title",
        site="苇塘生活网论坛 (invented local forum)",
        style="地方论坛",
        genre="倡议书",
        kind="notice",
        form="text",
        source="https://www.weitanglife.com/bbs/t-55801.html",
        title="致全县广大市民的文明养犬倡议书",
        record_title=None,
        date=None,
        notes="local forum post, no title in the record; the title printed three times (banner, h1 line, glued to the salutation); no date",
        page="""
!m 苇塘生活网 › 苇塘论坛 › 百姓话题
!t 【置顶】致全县广大市民的文明养犬倡议书
{T}
!m 发帖人：苇塘小编　|　热度：3.8万　|　回复：214
{T}{BODY}
!l 热帖推荐：县城新开的早餐店哪家好｜周末亲子去哪玩
!a 点击回复　　我也说两句
!m 苇塘生活网 www.weitanglife.com 　客服热线 0527-80012345
""",
        body="""
广大市民朋友们：
近年来，县城养犬数量逐年增多，犬只扰民、伤人等问题时有发生。为共同营造安全、文明、和谐的生活环境，特向全县养犬市民发出如下倡议：
一、依法登记。养犬人应按规定为犬只办理登记，按时接种狂犬病疫苗。
二、牵绳出行。携犬出户时要束犬链，主动避让老人、儿童，乘坐电梯时应怀抱犬只或为犬只戴嘴套。
三、清理粪便。携犬外出应随身携带清洁工具，及时清理犬只粪便。
文明养犬，从我做起。让我们携起手来，共建美丽家园！
""",
    ),
]
