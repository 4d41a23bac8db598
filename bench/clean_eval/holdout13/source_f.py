"""holdout13, part F: 范文 sites, a 文库 preview of a beekeeping survey, a county
government's repeal decision, a county news site, a teacher's personal anthology, an
exam forum in HTML with jammer junk, a middle school's letter, a download site, a
hospital's pledge on one line, a personnel-exam notice and a law firm's template page.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-mochi-united-front-summary-markers",
        site="翰墨范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.hanmofw.example.com/zongjie/tongzhan/20260108/8812.html",
        title="2025年度乡镇统战工作总结",
        record_title="2025年度乡镇统战工作总结_翰墨范文网",
        date=None,
        notes="a 范文 page hard-wrapped at 68 columns and cut by (pN) markers between lines; a 'this article has N words' prompt, a custom-writing line, hot tags; no date",
        wrap=68,
        indent="\u3000\u3000",
        pages=dict(fmt="(p{n})", every=170, start=2, glue="mix"),
        page="""
!m 翰墨范文网　—　写材料不求人
!m 当前：首页 ＞ 工作总结 ＞ 统战工作总结
{T}
!m 本文约1100字　｜　更新：昨天　｜　人气：862
{BODY}
!w 材料定制：总结、汇报、讲话稿，24小时内交稿，微信 hanmo_wen88
!l 热门标签：统战工作　乡镇总结　民族宗教　新的社会阶层
!l 上一篇：2025年度乡镇工会工作总结　｜　下一篇：2025年度乡镇武装工作总结
""",
        body="""
2025年，镇党委坚持把统战工作纳入全镇工作大局，统筹推进党外代表人士队伍建设、民族宗教、非公有制经济和新的社会阶层人士统战工作，为全镇经济社会发展凝聚了人心、汇聚了力量。
一、强化组织领导，压实工作责任
镇党委全年专题研究统战工作4次，调整充实统战工作领导小组，明确一名党委委员任统战委员，各村（社区）明确一名统战工作联络员，形成了上下联动的工作格局。
二、加强党外代表人士队伍建设
建立党外代表人士信息库，全镇共有党外知识分子、非公有制经济人士等各类党外代表人士63名。组织党外人士开展座谈、视察活动5次，收集意见建议21条，均已交有关部门办理。
三、做好民族宗教工作
严格落实宗教活动场所“一场所一干部”包联制度，全镇4处宗教活动场所全部实现规范管理。开展民族团结进步宣传月活动，全年未发生涉民族宗教的不稳定事件。
四、服务非公有制经济发展
深入开展“企业大走访”活动，镇领导班子成员走访企业86家次，帮助解决用工、用地等实际问题19个。
下一步，我们将进一步加强统战干部队伍建设，创新统战工作方式方法，努力开创全镇统战工作新局面。
""",
    ),
    dict(
        slug="fanwen-wenlan-clinic-request-wrapped",
        site="文澜公文网 (invented)",
        style="范文站",
        genre="请示",
        kind="notice",
        form="text",
        source="http://www.wenlangw.example.com/qingshi/2026/0305/1207.html",
        title="关于申请增设城东社区卫生服务站的请示",
        date="2026-03-03",
        notes="hard-wrapped at 58 columns; the request's own 联系人/电话 and 附件 lines; a rating row and an 'insert into my document' button above, a disclaimer under; signature date in Chinese numerals",
        wrap=58,
        indent="\u3000\u3000",
        page="""
!m 文澜公文网 | 请示报告
{T}
!a ☆☆☆☆☆ 给本文打分　　｜　　插入到我的文档
{BODY}
!d 文澜公文网提供的范文仅作写作参考，使用时请根据实际情况修改，本站不对因使用本文产生的后果负责。
!l 同类范文：关于申请维修村级卫生室的请示 · 关于增加乡镇卫生院编制的请示
""",
        body="""
县人民政府：
随着城东新区开发建设，城东片区常住人口已由2020年的1.2万人增加到目前的3.6万人，但片区内仅有1家社区卫生服务站，服务面积不足200平方米，医务人员7名，远不能满足群众基本医疗和公共卫生服务需求，群众“看病远、看病挤”的问题较为突出。
为此，我局拟在城东新区幸福里小区配套公建用房内增设城东社区卫生服务站一处，业务用房面积约600平方米，配备全科医生、护士、公共卫生人员等15名，主要承担基本医疗、家庭医生签约、慢性病管理等服务。项目所需设备购置经费约180万元，拟申请县财政安排解决。
妥否，请批示。
联系人：龙慧，电话：0745-6238810。
附件：城东社区卫生服务站建设方案
枳川县卫生健康局
二〇二六年三月三日
""",
    ),
    dict(
        slug="wenku-beekeeping-survey-html-pages",
        site="博阅文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.boyuewk.example.com/p-44810276.html",
        title="关于全县养蜂产业发展情况的调研报告",
        record_title="关于全县养蜂产业发展情况的调研报告.pdf",
        date=None,
        notes="an HTML 文库 preview: · 第N页 · marker paragraphs between the halves of cut paragraphs, a continue-reading button, a similar-documents box and an upload notice; no date",
        pages=dict(fmt="· 第{n}页 ·", every=160, start=2),
        page="""
<html><head><meta charset="utf-8"><title>关于全县养蜂产业发展情况的调研报告.pdf - 博阅文库</title></head><body>
<div class="top">⟦m 博阅文库⟧ ⟦a 上传文档　开通会员　登录/注册⟧</div>
<div class="dinfo"><h1>{T}</h1><p>⟦m 上传者：蜜蜂嗡嗡　　4页　　2.1万阅读⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="goon">⟦a 继续阅读本文档（还剩1页）⟧</div>
<div class="like"><h4>⟦l 相似文档⟧</h4><p>⟦l 中蜂产业发展现状及对策研究⟧</p><p>⟦l 乡村特色产业调研报告汇编⟧</p></div>
<div class="ft">⟦d 本文档为用户上传，博阅文库不对其内容的真实性负责。⟧</div>
</body></html>
""",
        p_html='<p class="rd">{}</p>',
        body="""
养蜂业是我县传统特色产业，具有投资少、见效快、不与农争地等优势。为摸清产业现状、推动产业发展，县农业农村局组成调研组，深入8个重点乡镇开展了专题调研。现将有关情况报告如下。
一、基本情况
全县现有养蜂户1260户，蜂群4.3万群，其中中华蜜蜂2.9万群，占67%。2025年蜂蜜产量约520吨，综合产值8600万元，带动1100余户农户增收。
二、存在问题
一是规模化程度低，养蜂户平均蜂群不足35群，以分散养殖为主；二是产品附加值低，85%以上的蜂蜜以原蜜形式出售，缺乏深加工；三是品牌影响力弱，全县尚无一个省级知名蜂产品品牌；四是技术服务薄弱，蜂病防治主要依靠经验。
三、对策建议
（一）培育经营主体。扶持发展养蜂专业合作社和家庭蜂场，推广“合作社+基地+蜂农”模式。
（二）延伸产业链条。引进蜂产品精深加工企业，开发蜂王浆、蜂胶等高附加值产品。
（三）打造区域品牌。申报地理标志产品，统一包装、统一标准、统一营销。
（四）强化技术支撑。组建县级养蜂技术服务队，每年开展养蜂技术培训不少于10期。
""",
    ),
    dict(
        slug="gov-zhichuan-repeal-normative-docs-decision",
        site="枳川县人民政府网 (invented)",
        style="政府门户",
        genre="决定",
        kind="other",
        form="text",
        source="http://www.zhichuan.example.gov.cn/zwgk/zfwj/202605/t20260512_6610.html",
        title="枳川县人民政府关于废止部分行政规范性文件的决定",
        date="2026-05-12",
        notes="hard-wrapped at 72 columns; the list of repealed documents carries their own document numbers (body, not the neutral number line above); a policy-interpretation link and a 'related interpretation' line; signature date",
        wrap=72,
        indent="\u3000\u3000",
        page="""
!m 枳川县人民政府
!m 首页 > 政务公开 > 政府文件 > 县政府文件
!m 索引号：ZC-00101-2026-00033　　公开方式：主动公开　　成文日期：2026-05-12
枳政发〔2026〕8号
{T}
{BODY}
!l 相关解读：图解《枳川县人民政府关于废止部分行政规范性文件的决定》
!a 【下载文件】【打印本页】【关闭】
!m 枳川县人民政府办公室主办　网站标识码：4312250005
""",
        body="""
各乡镇人民政府，县政府各部门：
为维护法制统一，持续优化营商环境，根据有关法律法规和上级要求，县人民政府对现行有效的行政规范性文件进行了全面清理。经清理，县人民政府决定废止以下5件行政规范性文件：
1.《枳川县城区摩托车限行管理办法》（枳政发〔2016〕21号）
2.《枳川县农村建房管理暂行办法》（枳政发〔2017〕9号）
3.《枳川县招商引资优惠政策若干规定》（枳政发〔2018〕4号）
4.《枳川县城市生活垃圾处理费征收管理办法》（枳政发〔2019〕15号）
5.《枳川县企业投资项目代办服务实施办法》（枳政办发〔2020〕32号）
以上文件自本决定印发之日起废止。各乡镇、各部门要做好废止文件的衔接工作，确保相关工作平稳过渡。
枳川县人民政府
2026年5月12日
""",
    ),
    dict(
        slug="news-zhichuan-shared-farm-machinery",
        site="枳川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.zcnews.example.com/xw/bd/2026-04/08/content_33821.html",
        title="枳川县首批“共享农机”服务站投用",
        record_date="2026-04-08",
        date="2026-04-08",
        notes="a county news site: the title repeated glued to the lead, a 'click to view original image' line between paragraphs, a correspondent line glued at the end, related news with dates",
        page="""
!m 枳川新闻网　　枳川县融媒体中心主办
!m 首页 ＞ 本地新闻
{T}
!m 2026-04-08 10:12:37　　来源：枳川融媒　　作者：蓝天　谢可　　字号：T|T
{T}{BODY}
!l 相关新闻
!l · 春耕时节农机忙（2026-04-02）
!l · 县农业农村局开展农机安全生产检查（2026-03-27）
!m 值班编辑：蒋一帆　　审核：童雪
""",
        body="""
4月7日，枳川县首批5个“共享农机”服务站在白沙镇、龙门乡等地同时投入使用，农户通过手机小程序即可预约旋耕机、插秧机、植保无人机等农机作业服务。
“以前找农机要挨家挨户打电话，现在在手机上点一点，第二天机手就上门了。”白沙镇种粮大户麻长春说。据了解，服务站由县农业农村局联合农机合作社建设，首批投放各类农机具126台（套），可覆盖周边3万余亩耕地。
⟦a [点击查看原图]⟧
县农机事务中心负责人介绍，“共享农机”采取“平台+合作社+农户”模式，作业价格比市场价低10%至15%，脱贫户和监测户还可享受每亩20元的作业补贴。今年全县计划再建设服务站10个，实现主要产粮乡镇全覆盖。⟦m （通讯员　田野）⟧
""",
    ),
    dict(
        slug="anthology-teacher-duty-report-html",
        site="杏坛随笔 (invented personal anthology)",
        style="个人文集",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://xingtan.example-wenji.cn/post/2026/0109/duty.html",
        title="2025年度个人述职报告（乡村小学教师）",
        record_title="2025年度个人述职报告（乡村小学教师）.docx",
        date="2026-01-09",
        notes="a teacher's personal anthology page: the anthology's column list, a word-count badge, a 'collected into my anthology' button, a visitor guestbook; the report's own signature date",
        page="""
<html><head><meta charset="utf-8"><title>杏坛随笔 - 文集</title></head><body>
<div class="hd">⟦m 杏坛随笔　一名乡村教师的文字角落⟧</div>
<div class="cols">⟦l 栏目：教学反思(23)　班主任手记(17)　述职总结(6)　读书笔记(31)⟧</div>
<div class="post"><h2>{T}</h2>
<div class="badge">⟦m 字数 1023　阅读 211⟧</div>
{BODY}
<div class="op">⟦a ＋收入我的文集　　✎ 引用⟧</div></div>
<div class="guest"><h4>⟦l 访客留言（3）⟧</h4><p>⟦l 山里的云：辛苦了，乡村老师！⟧</p><p>⟦l 匿名访客：写得很朴实，学习了⟧</p></div>
<div class="ft">⟦d 本文集文章均为原创，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
尊敬的各位领导、各位同事：
2025年，我担任石岭小学四年级班主任，兼任四年级语文和三至六年级道德与法治教学工作。一年来，我热爱本职、爱护学生，较好地完成了学校安排的各项工作。现将一年来的工作情况述职如下。
一、教育教学方面。我认真备课、上课、批改作业，坚持每周听课两节。所带班级语文期末统考平均分在全镇同年级排名第二，较上学期提升了三位。指导学生参加县“红领巾读书”征文活动，2人获得二等奖。
二、班主任工作方面。全班31名学生中有14名留守儿童，我为每一名留守儿童建立了成长档案，每月至少与家长视频通话一次，及时沟通孩子在校情况。本学年班级被评为镇“优秀班集体”。
三、自身成长方面。参加了县教师进修学校组织的“乡村教师素养提升”培训，撰写的教学案例《在故事中学规则》获县二等奖。
不足之处是教学研究还不够深入，对学困生的个别辅导时间保证不够。新的一年，我将继续努力，做一名让学生喜欢、让家长放心的乡村教师。
述职人：彭晓禾
2026年1月9日
""",
    ),
    dict(
        slug="gkforum-html-jammer-township-duty-report",
        site="公考圈论坛 (invented, Discuz-style HTML)",
        style="公考论坛",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://www.gkquan.example.com/thread-90311-1-1.html",
        title="乡镇公务员试用期满述职报告",
        record_title="乡镇公务员试用期满述职报告（分享）- 上岸经验 - 公考圈论坛",
        date="2026-02-17",
        notes="a Discuz page with jammer-font junk inside the post and glued after 。; the 发表于 time is the page's date; the poster's sidebar, post controls, a 'rate this post' row and a reply box",
        junk=dict(lines=1, glued=3),
        p_html="{}<br />",
        page="""
<html><head><meta charset="utf-8"><title>乡镇公务员试用期满述职报告（分享）- 上岸经验 - 公考圈论坛</title></head><body>
<div id="hd">⟦m 公考圈论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 公考圈论坛 › 上岸经验 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 岸上的鱼⟧<br>⟦m 中级会员　积分 712　精华 2⟧</td>
<td class="plc"><h1>⟦t 乡镇公务员试用期满述职报告（分享）⟧</h1>
<div class="authi">⟦m 发表于 2026-2-17 21:03　|　只看该作者　|　倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分：参与人数 6　金币 +18　收起 理由⟧</div>
<div class="po">⟦a 回复　引用　举报⟧</div></td></tr></table>
<div id="fastpost">⟦a 高级模式 | 发表回复 | 本版积分规则⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.5　© 2001-2026 公考圈⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2025年2月，我通过公务员招录考试，被分配到雁汀乡人民政府党政综合办公室工作，至今试用期已满一年。按照有关规定，现将试用期内的思想和工作情况报告如下。
一是加强学习，尽快进入角色。刚到乡里时，我对乡镇工作很陌生。一年来，我坚持向书本学、向同事学、向群众学，认真学习公文写作、信访接待等业务知识，先后跟随老同志下村120余天，熟悉了全乡11个村的基本情况。
二是立足岗位，认真完成工作。主要负责文字材料起草、会议组织和信息报送工作，全年起草各类材料60余篇，报送政务信息32条，其中8条被县委办采用。在防汛期间，连续20天驻守在沙洲村，协助村干部转移群众46人。
三是严格要求，保持良好作风。自觉遵守各项纪律规定，按时上下班，不迟到早退，团结同事，服务群众热情耐心。
同时也存在一些不足，比如做群众工作的经验还不够丰富，处理复杂问题的能力有待提高。今后我将继续努力，争取更大进步。
""",
    ),
    dict(
        slug="edu-qingxi-summer-letter-parents",
        site="溪岚县清溪中学 (invented)",
        style="教育门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.qxzx.example.edu.cn/xxgg/2026/0710/551.html",
        title="清溪中学2026年暑假致家长的一封信",
        date="2026-07-10",
        notes="a school's page, hard-wrapped at 64 columns: a campus-news ticker, a line telling parents to 扫码 a receipt form and the school's own duty phones are body; a visitor counter and a 'parents' school' link under the text",
        wrap=64,
        indent="\u3000\u3000",
        page="""
!m 溪岚县清溪中学　　校训：勤学 笃行 明德 自强
!m 校园快讯：我校举行2026届毕业典礼 ▸ 初二年级研学活动圆满结束
!m 学校公告 › 正文
{T}
{BODY}
!l 家长学校 | 心理健康专栏 | 安全教育平台
!m 本页访问量：4092　　技术支持：溪岚县教育信息中心
""",
        body="""
尊敬的各位家长：
您好！本学期学校工作已经圆满结束。根据上级安排，我校暑假时间为2026年7月11日至8月31日，9月1日正式开学。为了让孩子度过一个安全、快乐、充实的暑假，特向您提出以下几点建议：
一、高度重视防溺水安全。暑期是溺水事故高发期，请家长切实履行监护责任，教育孩子做到“六不”：不私自下水游泳，不擅自与他人结伴游泳，不在无家长带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不盲目下水施救。
二、注意交通和用电安全。教育孩子遵守交通规则，未满12周岁不骑自行车上路，不满16周岁不驾驶电动自行车；不私拉乱接电线。
三、合理安排作息和学习。帮助孩子制定暑期计划，控制使用手机和电子产品的时间，多参加体育锻炼和家务劳动。
请家长阅读本信后，扫描班级群内的二维码填写回执。暑假期间学校安排教师值班，值班电话：0743-5213066，0743-5213088。
祝您和家人暑期愉快！
溪岚县清溪中学
2026年7月10日
""",
    ),
    dict(
        slug="download-flood-drill-plan-markers",
        site="应急文库下载 (invented)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.yjwenku.example.com/down/fangxun/2026/3318.html",
        title="2026年防汛应急演练方案",
        record_title="2026年防汛应急演练方案.doc",
        date=None,
        notes="a download site's text preview cut by ⊙N⊙ markers glued at line starts; a software-info line, a fake 'high-speed downloader' button and a 'report broken link' line; the drill schedule as a table; no date (the drill day in the body is no date of the page)",
        pages=dict(fmt="⊙{n}⊙", every=150, start=2, glue=True),
        page="""
!m 应急文库下载 › 防汛抗旱 › 应急预案
!t 2026年防汛应急演练方案.doc
!m 资料类型：Word　　语言：简体中文　　大小：35KB　　星级：★★★★
!a 高速下载器下载（推荐）　　普通下载
{BODY}
!a 下载地址失效？点此报错
!d 本站提供的资料均来源于网络，版权归原作者所有，仅供学习交流。
""",
        body="""
为检验防汛应急预案的可操作性，提高应对突发汛情的指挥协调和抢险救援能力，决定组织开展2026年防汛应急演练，特制定本方案。
一、演练时间和地点
演练拟于5月下旬择日举行，地点设在溪岚河城区段左岸堤防。
二、演练科目
演练设置以下科目：
科目　内容　责任单位
管涌险情处置　开挖反滤围井，抢筑养水盆　县水利局、抢险突击队
人员转移安置　低洼地带群众紧急转移　城关镇、县民政局
水上救援　落水人员搜救　县消防救援大队
三、组织机构
成立演练指挥部，由县政府分管副县长任总指挥，县应急管理局、县水利局主要负责人任副总指挥，下设综合协调、抢险救援、后勤保障、宣传报道四个工作组。
四、工作要求
各参演单位要高度重视，认真做好人员、物资和装备准备，确保演练贴近实战、安全有序。演练结束后，各单位要认真总结，进一步修订完善应急预案。
""",
    ),
    dict(
        slug="hospital-luting-smokefree-pledge-oneline",
        site="鹭汀区人民医院 (invented)",
        style="医院官网",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.ltqrmyy.example.com/news/2026/0531/1022.html",
        title="创建无烟医院倡议书",
        date="2026-05-31",
        notes="a hospital page with the pledge run together on one line; the smoking-cessation clinic's own phone and a line telling readers to 关注 the hospital account stay; a font-size row above and hospital footer lines below",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 鹭汀区人民医院　|　医院新闻
!a 字体：【大】【中】【小】　　【打印】
{T}
!m 来源：健康教育科　　2026-05-31
{BODY}
!m 门诊时间：周一至周日 8:00—17:30　　急诊24小时
!d 本网站内容仅供参考，诊疗请以医生面诊意见为准。
""",
        body="""
全院职工、广大患者及家属：
5月31日是世界无烟日。吸烟有害健康，二手烟同样危害他人。医院是救死扶伤的场所，更应成为控烟的表率。为此，我们发出如下倡议：
一、全院职工做控烟表率。医务人员要带头不吸烟，在院内任何场所不吸烟、不敬烟，主动劝阻他人吸烟。
二、患者及家属自觉遵守控烟规定。请不要在病房、走廊、楼梯间、电梯等区域吸烟，共同维护清新的就医环境。
三、吸烟者积极戒烟。医院戒烟门诊每周二、周四下午开诊，为有戒烟意愿的朋友提供专业帮助，咨询电话：0592-7786123。欢迎关注“鹭汀区人民医院”微信公众号，了解更多控烟知识。
让我们携起手来，共建无烟医院，共享健康生活！
鹭汀区人民医院
2026年5月31日
""",
    ),
    dict(
        slug="exam-qiwu-statistics-qualification-notice",
        site="栖梧市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.qwrsks.example.gov.cn/zyzg/2026/0626/882.html",
        title="关于做好2026年度统计专业技术资格考试考务工作的通知",
        record_date="2026-06-26",
        date="2026-06-26",
        notes="a personnel-exam site: an exam-countdown line, a 'print admission ticket' button, the exam-schedule table one row a paragraph, the body telling candidates to 下载/打印 their tickets; the exam office's own phone",
        page="""
!m 栖梧市人事考试网
!a 距2026年度统计专业技术资格考试还有 101 天
!m 职业资格 ＞ 统计 ＞ 考务通知
{T}
!m 来源：市人事考试院　　发布日期：2026-06-26　　打印本页　　关闭
{BODY}
!a 准考证打印入口　｜　成绩查询入口　｜　证书领取查询
!l 上一条：2026年度二级建造师考试考务工作的通知
!m 栖梧市人事考试院版权所有　　咨询电话：0795-3368100
""",
        body="""
各县（市、区）人事考试机构：
根据全国统计专业技术资格考试工作安排，2026年度统计专业技术资格考试定于10月11日举行。为做好考务工作，现将有关事项通知如下。
一、考试科目及时间
日期　时间　级别　科目
10月11日　9:00—11:30　初级　统计专业知识和实务
10月11日　9:00—11:30　中级　统计基础理论及相关知识
10月11日　14:00—16:30　初级　统计学和统计法基础知识
10月11日　14:00—16:30　中级　统计工作实务
二、报名时间
网上报名时间为2026年7月8日至7月17日，网上缴费截止时间为7月20日。
三、准考证打印
考生于10月8日至10月10日登录全国专业技术人员资格考试服务平台下载并打印准考证。
四、考务要求
各地要加强考点考场管理，严格执行保密制度，确保考试安全。
联系电话：0795-3368126（市人事考试院考务科）。
栖梧市人事考试院
2026年6月26日
""",
    ),
    dict(
        slug="lawfirm-zhengyi-demand-letter-template-html",
        site="正弈律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="notice",
        form="html",
        source="https://www.zhengyilaw.example.com/fanben/lvshihan/1023.html",
        title="关于督促履行合同付款义务的律师函",
        record_title="关于督促履行合同付款义务的律师函.docx",
        date=None,
        notes="a law firm's template page: a template-download button, an 'entrust a lawyer to send it' prompt, a disclaimer; the letter's placeholder names and the example dates inside it are no date of the page",
        page="""
<html><head><meta charset="utf-8"><title>律师函范本 - 正弈律师事务所</title></head><body>
<div class="hd">⟦m 正弈律师事务所　专业·专注·专心⟧ ⟦w 免费咨询：400-882-3316⟧</div>
<div class="nav">⟦m 首页 | 律所简介 | 专业团队 | 文书范本 | 联系我们⟧</div>
<div class="path">⟦m 文书范本 ＞ 律师函⟧</div>
<div class="art"><h1>{T}</h1>
{BODY}
</div>
<div class="dl">⟦a 下载本范本（Word）⟧　⟦w 委托本所律师代发律师函，最快当日发出⟧</div>
<div class="sm">⟦d 本范本仅供参考，具体事务请咨询专业律师，本所不对直接使用范本产生的后果承担责任。⟧</div>
<div class="ft">⟦m 地址：苍屿市思明南路88号正弈大厦15层　执业许可证号：31350000MD0172XXXX⟧</div>
</body></html>
""",
        body="""
××有限公司：
正弈律师事务所接受××科技有限公司（以下简称“委托人”）的委托，指派本所律师就贵司拖欠合同款项一事，向贵司郑重致函如下：
根据委托人提供的材料，委托人与贵司于2025年6月1日签订《设备采购合同》，约定委托人向贵司供应设备一批，合同总价款为人民币××万元，贵司应于设备验收合格后30日内付清全部款项。委托人已按约交付设备，并于2025年9月10日通过验收，但贵司至今仍拖欠货款人民币××万元未付。
贵司的上述行为已构成违约。为维护委托人的合法权益，本律师特函告贵司：请于收到本函之日起七日内，将所欠款项支付至委托人指定账户。逾期未付的，委托人将依法提起诉讼，追究贵司的违约责任，由此产生的诉讼费、律师费等一切费用均由贵司承担。
特此函告。
正弈律师事务所
律师：××
××××年××月××日
""",
    ),
]
