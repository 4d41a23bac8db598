"""holdout13, part B: a patent office's letter in a search cache, a tourism board, a state
forestry farm, a mining firm's OA export, a chamber of commerce, a thesis site, a
composition site, a parents' chat export, a cloud-note export, a livestream transcript,
a farm co-op's WeChat account and a 范文 app's reading mode. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="snapshot-quyang-ipo-navigation-letter",
        site="搜索快照 of 蕖阳市市场监督管理局（知识产权局） (invented)",
        style="搜索快照",
        genre="函",
        kind="notice",
        form="text",
        source="http://snapshot.sousuo.example.com/cache?u=quyang-amr-2026-0408&k=专利导航",
        title="关于商请推荐2026年度专利导航项目的函",
        date="2026-04-08",
        notes="a search engine's cached copy: the cache banner with its own save date, a keyword-highlight line, the original portal's header and footer; the letter's own contact, e-mail and 附件 list stay",
        page="""
!d 【网页快照】本页面为 2026-05-02 11:47 抓取的快照，仅供参考，原网页可能已经改变。
!a 查看原网页　　｜　　纯文字版
!d 以下词语已高亮显示：专利导航　推荐
!m 蕖阳市市场监督管理局（知识产权局）
!m 首页 → 通知公告 → 知识产权
{T}
!m 发文时间：2026-04-08　　来源：知识产权促进科
{BODY}
!m 蕖阳市市场监督管理局版权所有　　技术支持：蕖阳市信息中心
!m 网站地图 | 联系我们 | 隐私声明
""",
        body="""
各县（市、区）市场监督管理局，蕖阳高新区经济发展局，各有关高校、科研院所：
为贯彻落实《蕖阳市知识产权强市建设纲要（2025—2030年）》，推动专利导航服务产业创新发展，我局决定组织开展2026年度专利导航项目推荐工作。现将有关事项函告如下：
一、推荐范围
重点围绕新能源电池材料、智能装备、生物医药和特色食品加工四个产业领域，推荐区域规划类、产业规划类和企业经营类专利导航项目。
二、推荐条件
承担单位应具有较强的知识产权工作基础，配备专职知识产权管理人员；项目须有明确的导航需求和应用场景，成果能够直接服务于产业规划或企业研发决策。
三、推荐程序
请各单位认真组织遴选，每个县（市、区）推荐不超过3项，高校、科研院所各推荐不超过2项。推荐材料纸质版一式三份，于5月15日前报送我局知识产权促进科，电子版同时发送至指定邮箱。
联系人：钱若谷，电话：0797-8123346，邮箱：zscq_qy@example.gov.cn。
附件：1.2026年度专利导航项目推荐汇总表
2.专利导航项目申报书（模板）
蕖阳市市场监督管理局
2026年4月8日
""",
    ),
    dict(
        slug="gov-yanting-azalea-season-plan-html",
        site="雁汀县文化和旅游局 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://wlj.yanting.example.gov.cn/zwgk/tzgg/202603/t20260325_3301.html",
        title="2026年“雁汀杜鹃花季”文旅活动实施方案",
        record_title="【文旅资讯】2026年“雁汀杜鹃花季”文旅活动实施方案",
        record_date="2026-03-25",
        date="2026-03-25",
        notes="a tourism board's page split into many short blocks: an events table one row a paragraph, the body's own booking mini-program and hotline; a weather widget and a 'you may like' box in the sidebar",
        page="""
<html><head><meta charset="utf-8"><title>【文旅资讯】2026年“雁汀杜鹃花季”文旅活动实施方案_雁汀县文化和旅游局</title></head><body>
<div class="head"><div class="logo">⟦m 雁汀县文化和旅游局⟧</div><div class="slogan">⟦m 山水雁汀　花开有约⟧</div></div>
<div class="nav">⟦m 首页 | 政务公开 | 文旅资讯 | 游在雁汀 | 办事服务⟧</div>
<div class="crumbs">⟦m 您所在的位置：首页 &gt; 文旅资讯 &gt; 通知公告⟧</div>
<div class="wrap"><div class="main">
<h1>{T}</h1>
<div class="meta"><span>⟦m 发布日期：2026-03-25⟧</span> <span>⟦m 浏览量：4471⟧</span> <span>⟦a 字号：A+ A A-⟧</span></div>
<div class="body">
{BODY}
</div>
<div class="bottom-tools">⟦a 打印正文 | 加入收藏 | 返回顶部⟧</div>
</div>
<div class="aside"><div class="wx">⟦m 今日雁汀：多云　12~21℃　空气质量：优⟧</div><h4>⟦l 猜你喜欢⟧</h4><ul><li>⟦l 雁汀十大必打卡景点出炉⟧</li><li>⟦l 春季自驾游线路推荐⟧</li></ul></div></div>
<div class="foot">⟦m 主办单位：雁汀县文化和旅游局　　网站标识码：3625270019⟧<br>⟦m 闽ICP备05012264号⟧</div>
</body></html>
""",
        p_html='<div class="para"><p style="text-indent:2em">{}</p></div>',
        body="""
为擦亮“雁汀杜鹃”文旅品牌，丰富春季旅游产品供给，带动乡村旅游消费，结合我县实际，制定本方案。
一、活动时间
2026年4月10日至5月10日。
二、活动地点
主会场设在黄岗山杜鹃花海景区，分会场设在雁汀古镇、溪头村和石门水库。
三、主要活动安排
活动名称　时间　地点
开幕式暨杜鹃花海音乐会　4月10日　黄岗山景区
“花海摄影大赛”作品征集　4月10日至5月5日　全县
古镇非遗市集　每周六、周日　雁汀古镇
乡村美食节　4月25日至4月27日　溪头村
四、服务保障
（一）交通保障。活动期间开通县城至黄岗山景区旅游专线，每30分钟一班；周末及节假日景区实行车辆分时预约通行。
（二）预约服务。景区实行门票实名预约，游客可通过“游雁汀”微信小程序扫码预约，单日接待上限1.2万人次。
（三）咨询投诉。设立旅游服务热线0599-5321512和投诉电话0599-5321315，做到接诉即办。
五、工作要求
各乡镇、各有关部门要按照职责分工，加强安全检查和市场秩序管理，确保活动安全有序，让游客游得放心、玩得开心。
""",
    ),
    dict(
        slug="intranet-daishan-forest-farm-report-wrapped",
        site="黛山国有林场职工之家 (invented intranet)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://zgzj.daishanlc.example.local/view.asp?id=206",
        title="在黛山林场第四届职工代表大会第二次会议上的工作报告",
        record_title=None,
        date="2026-01-16",
        notes="no record title; a forestry farm's intranet: the speaker line and the date under the title are neutral; hard-wrapped at 60 columns; a vote widget and a 'print this' row under the text",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 黛山国有林场职工之家
!m 职代会专栏 | 场务公开 | 生产经营 | 护林防火
{T}
场长　俞国栋
（2026年1月16日）
{BODY}
!l 您对本报告的评价：☆满意　☆基本满意　☆不满意　〔投票〕
!a 打印此页　|　返回列表
!m 黛山林场办公室制作　Best viewed at 1280×800
""",
        body="""
各位代表：
现在，我代表林场场部向大会报告工作，请予审议。
一、2025年工作回顾
过去一年，林场上下坚持生态优先、绿色发展，较好完成了年度各项目标任务。全年完成人工造林1800亩、森林抚育6200亩、低效林改造1100亩，森林覆盖率提高到93.6%。实现经营收入2860万元，同比增长7.4%；职工人均收入增长5.2%。
森林资源保护成效明显。严格落实林长制，全场划分责任区26个，配备专职护林员48名，全年未发生森林火灾和重大林业有害生物灾害。完成松材线虫病疫木清理4300余株，疫情得到有效控制。
民生改善扎实推进。完成职工危旧房改造36户，为全体职工办理了补充医疗保险，林区道路硬化12公里，职工群众的幸福感不断增强。
二、2026年工作安排
今年林场工作的总体要求是：稳资源、强保护、促转型、惠民生。重点抓好以下工作：一是实施国家储备林项目，新建储备林基地3000亩；二是发展林下经济，扩大林下中药材和林菌种植规模；三是推进森林康养试点，完成黛山森林步道一期建设；四是加快智慧林场建设，实现重点林区视频监控全覆盖。
各位代表，林场发展的每一步都离不开全体职工的共同努力。让我们团结一心、真抓实干，为建设美丽富裕和谐的现代化林场而努力奋斗！
""",
    ),
    dict(
        slug="intranet-cangyu-mining-safety-month-oa",
        site="苍屿矿业有限公司协同办公系统 (invented)",
        style="企业内网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://oa.cangyumining.example.local/doc/view?docid=2026-0528-114",
        title="2026年“安全生产月”活动实施方案",
        record_title="2026年“安全生产月”活动实施方案.docx",
        date="2026-05-28",
        notes="a mining firm's OA export: the file name as the record title, a document number under the title (neutral), the approval trail and read-receipt lines as chrome, a 版记 with 抄送/印发 in the body; signature date",
        page="""
!m 苍屿矿业有限公司协同办公系统　V6.1
!m 公文管理 ＞ 发文管理 ＞ 已归档
!m 文件标题：2026年“安全生产月”活动实施方案　　密级：内部　　紧急程度：平件
苍矿安〔2026〕14号
{T}
{BODY}
!m 拟稿：安全环保部　苏锦程　2026-05-26 10:12
!m 核稿：安全环保部经理　尹建明　2026-05-26 16:40
!m 签发：总经理　彭立达　2026-05-27 09:05
!m 阅读回执：已阅 43 / 应阅 51
!a 下载正文　｜　打印处理单　｜　转发
""",
        body="""
各矿井、选矿厂、机关各部门：
今年6月是全国第25个“安全生产月”。为深入贯彻安全生产法律法规，进一步压实全员安全生产责任，根据上级部署，结合公司实际，制定本方案。
一、活动主题
人人讲安全、个个会应急——查找身边安全隐患。
二、活动时间
2026年6月1日至6月30日。
三、主要活动
1.开展“安全承诺”签名活动。6月3日前，各单位组织全体职工签订岗位安全承诺书，班组长以上管理人员带头签名。
2.开展隐患“大排查、大整治”。重点检查井下通风、防治水、提升运输和尾矿库等重点部位，建立问题清单，实行销号管理。
3.开展应急演练。各矿井至少组织一次井下透水或火灾事故应急演练，选矿厂组织一次危险化学品泄漏处置演练。
4.开展“安全生产咨询日”活动。6月16日在公司生活区广场设立咨询台，发放宣传资料，现场解答职工疑问。
四、工作要求
各单位要成立活动领导小组，将活动开展情况纳入月度安全考核。活动结束后，于7月5日前将书面总结报送安全环保部。
苍屿矿业有限公司
2026年5月28日
抄送：公司党委、工会。
苍屿矿业有限公司办公室　2026年5月28日印发
""",
    ),
    dict(
        slug="chamber-cangyu-catering-food-waste-pledge",
        site="苍屿市餐饮商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.cycyh.example.org.cn/shdt/2026/0506/95.html",
        title="关于坚决制止餐饮浪费的倡议书",
        date="2026-05-06",
        notes="a chamber of commerce: a member-login row, a membership ad glued after a sentence, a tags row and a 'join us' prompt; the body's quoted slogan and a line telling diners to 扫码 rate the restaurant",
        page="""
!m 苍屿市餐饮商会 | 会员之家
!a 会员登录　入会指南　会员名录
!m 商会动态 · 倡议
{T}
!m 2026-05-06　　商会秘书处　　阅读 1203
{BODY}
!l 标签：制止餐饮浪费　光盘行动　行业自律
!w 加入商会，共享资源：秘书处 林小姐 139 5032 7781
!m 地址：苍屿市湖滨南路336号商会大厦12楼
""",
        body="""
全市餐饮企业和广大消费者：
勤俭节约是中华民族的传统美德。近年来，我市餐饮行业持续推进“光盘行动”，餐桌浪费现象明显减少，但在婚宴、商务宴请和自助餐等场景中，“剩宴”问题仍时有发生。为此，苍屿市餐饮商会向全市餐饮企业和广大消费者发出如下倡议：
一、餐饮企业要主动提示。服务员点餐时主动提醒顾客适量点餐，推出小份菜、半份菜和套餐，自助餐厅在显著位置张贴“按需取餐、吃多少拿多少”提示。⟦a 商会会员享受免费宣传物料配送⟧
二、餐饮企业要做好打包服务。免费提供环保打包盒，对剩余较多的菜品主动询问顾客是否打包。
三、广大消费者要文明用餐。理性消费、适量点餐，践行“光盘行动 从我做起”，带动家人朋友节约每一粒粮食。
四、欢迎社会各界共同监督。消费者用餐后可扫描餐桌上的“文明餐桌”二维码，对餐厅的节约提示服务进行评价。
让我们从每一餐做起，从每一桌做起，共同营造“浪费可耻、节约光荣”的良好社会风尚！
苍屿市餐饮商会
2026年5月6日
""",
    ),
    dict(
        slug="download-lunwen-boarding-school-survey-markers",
        site="学术论文资料站 (invented)",
        style="资料下载站",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.xslwzl.example.com/jiaoyu/d_20260412_8814.html",
        title="关于农村寄宿制学校学生心理健康状况的调查与思考",
        record_title="关于农村寄宿制学校学生心理健康状况的调查与思考.pdf",
        date=None,
        notes="a thesis site's PDF page: 【页N】 markers cut sentences, on their own line; a plagiarism-check ad and a paper-writing service line; no date anywhere (a survey month in the body is no date)",
        pages=dict(fmt="【页{n}】", every=170, start=2),
        page="""
!m 学术论文资料站　·　教育学　·　基础教育
!t 关于农村寄宿制学校学生心理健康状况的调查与思考.pdf
!m 论文编号：LW2026-04-8814　　页数：5　　大小：612 KB
!a 论文查重低至1元/千字，点此立即检测
{BODY}
!a 全文共5页，当前预览3页　下载全文（12积分）
!w 毕业论文指导与润色，导师一对一，微信：lw_helper2026
!l 相关论文：乡村小规模学校教师专业发展困境研究 | 留守儿童学习适应性调查
""",
        body="""
农村寄宿制学校是保障农村适龄儿童接受义务教育的重要形式。随着学校布局调整的推进，越来越多的农村学生从小学阶段开始寄宿生活，其心理健康状况日益受到社会关注。
一、调查对象与方法
本研究于2025年11月选取溪岚县6所农村寄宿制学校的四至九年级学生为调查对象，采用问卷调查与个别访谈相结合的方法，共发放问卷960份，回收有效问卷912份，有效率为95.0%。
二、调查结果
调查显示，寄宿生在孤独感、焦虑情绪两个维度上的得分明显高于走读生。其中，有31.4%的寄宿生表示“经常想家”，有18.6%的寄宿生表示“遇到烦恼不知道向谁倾诉”。低年级寄宿生的适应困难更为突出，入学第一学期尤为明显。
三、原因分析
一是亲子沟通不足，部分学生父母外出务工，每周通话不足一次；二是学校心理健康教育力量薄弱，6所学校中仅有2所配备专职心理教师；三是课余生活单调，晚间和周末活动安排较少。
四、对策建议
学校应配齐心理健康教师，建立寄宿生心理档案；开设“亲情电话”和视频通话室，方便学生与家长联系；丰富课余文化活动，培养生活老师的心理辅导能力，形成家校协同的关爱格局。
""",
    ),
    dict(
        slug="fanwen-zuowen-reading-rural-china",
        site="作文锦囊网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zwjinnang.example.com/duhougan/gaoyi/37115.html",
        title="读《乡土中国》有感",
        record_title="读《乡土中国》有感（通用8篇）",
        date=None,
        notes="a composition site: grade and word-count line, a teacher's comment box, a material-pack prompt as a line of its own between paragraphs, a student-submission notice; no date",
        page="""
!m 作文锦囊网 > 读后感 > 高一读后感
!t 读《乡土中国》有感（通用8篇）
!m 年级：高一　　字数：800字　　作者：清溪中学 何念
{T}
{BODY}
!l 【教师点评】文章由书及人、由人及己，结构清楚，语言朴实，建议结尾再深化一层。
!d 本文由学生投稿，仅供学习交流，严禁用于商业用途。
!l 更多读后感：读《红星照耀中国》有感 · 读《论语》有感 · 读《平凡的世界》有感
!a 上一篇　下一篇　返回目录
""",
        indent="\u3000\u3000",
        body="""
寒假里，我读完了费孝通先生的《乡土中国》。这本不足十万字的小书，用平实的语言描绘了中国传统乡村社会的样貌，也让我重新认识了自己生长的那个小山村。
书中说，乡土社会是一个“熟悉”的社会，没有陌生人的社会。读到这里，我想起了外婆家。村里谁家孩子考上了大学，谁家的牛走丢了，不用半天全村都知道。过去我觉得这是“爱管闲事”，现在才明白，这种熟悉正是乡村人情往来的基础。
⟦a 【点击领取高分作文素材包】⟧
书中提出的“差序格局”让我印象最深。费先生把人际关系比作石子投入水中形成的波纹，一圈圈推出去，愈推愈远，也愈推愈薄。我发现，自己和同学相处时，也常常不自觉地按照亲疏远近来对待别人。
当然，今天的乡村已经和书中描写的大不相同。外婆家的村子通了水泥路，年轻人大多去城里打工，村口的小卖部也开始用手机收款。但是邻里之间互相帮忙的传统还在，过年时全村人聚在祠堂前吃饭的热闹还在。
读完这本书，我更加懂得了乡土中国的根与魂。作为新时代的青年，我们既要走出乡村、走向更广阔的世界，也不能忘记脚下这片土地。
""",
    ),
    dict(
        slug="community-parents-chat-meeting-notice",
        site="家校群聊天记录导出 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="file:///export/chat/七年级3班家长群_20260301.txt",
        title="关于召开七年级下学期家长会的通知",
        record_title=None,
        date="2026-03-01",
        notes="a parents' chat exported as text: the group header, message time stamps and sender lines, parents' 收到 replies and a recall notice are chrome; the class teacher's notice is the body, with her own phone and a line telling parents to 打印 a form",
        page="""
!m 群聊：清溪中学七年级3班家长群（52人）
!m 导出时间：2026-03-02 07:15
!m 2026-03-01 19:02　韩老师（班主任）
{T}
{BODY}
!l 2026-03-01 19:05　何念妈妈：收到，谢谢韩老师！
!l 2026-03-01 19:06　晨晨爸爸：收到，准时参加。
!l 2026-03-01 19:08　“晓宇奶奶”撤回了一条消息
!l 2026-03-01 19:09　晓宇奶奶：[图片]
!a [以上为部分聊天记录，更多内容请在手机端查看]
""",
        body="""
各位家长：
为加强家校沟通，总结上学期学生在校情况，共同做好本学期的教育工作，学校定于2026年3月7日（星期六）上午9:00召开七年级下学期家长会。现将有关事项通知如下：
1.会议地点：七年级3班教室（教学楼三楼东侧）。
2.会议内容：通报上学期期末考试情况，介绍本学期教学安排，开展安全教育，各科老师与家长交流。
3.请每位学生至少有一名家长参加，因特殊原因不能参加的，请提前向班主任请假。
4.请家长提前打印群文件中的《家校联系卡》，填写后于家长会当天带来。
5.学校停车位有限，请尽量步行或乘坐公共交通前来。
联系电话：韩老师 138 0595 4612。
清溪中学七年级3班
2026年3月1日
""",
    ),
    dict(
        slug="anthology-cloudnote-cadre-training-insight",
        site="云记笔记 (invented cloud-note export)",
        style="个人文集",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://note.yunji.example.com/share/7Hq2Lm9XkA",
        title="参加新任科级干部任职培训班学习心得",
        record_title="新任科级干部任职培训班学习心得.txt",
        title_also=["新任科级干部任职培训班学习心得"],
        date="2026-04-19",
        notes="a cloud note shared as a page: the file name as the record title, notebook path, created/modified stamps, word count, tags and a save-to-my-notes button; the note's own date at the end",
        page="""
!m 云记笔记 · 分享
!m 笔记本：工作 / 培训学习
!m 创建于 2026/04/19 21:33　修改于 2026/04/20 07:58　共 1,062 字
!a 保存到我的笔记　　复制链接　　举报
{T}
{BODY}
!l #培训 #心得 #科级干部
!a 用云记，随时随地记录灵感 — 立即下载客户端
!d 该笔记由作者公开分享，内容不代表云记观点。
""",
        body="""
4月8日至19日，我参加了县委组织部举办的新任科级干部任职培训班。十二天的学习，既有党的创新理论专题辅导，也有领导力提升、依法行政、舆情应对等方面的课程，还安排了到先进乡镇现场教学。结合自身实际，谈几点体会。
第一，位置变了，标准要更高。走上科级领导岗位，不仅要自己干好，还要带领全股室同志一起干好。培训中一位老领导说，当领导最忌“把自己当成最能干的办事员”。这句话对我触动很大。
第二，角色变了，本领要更强。过去我主要负责具体业务，现在要统筹全局、协调各方。我要尽快补上统筹谋划、沟通协调和抓落实的短板，多向老同志请教，多到基层一线调研。
第三，权力大了，自律要更严。培训班组织旁听了一起职务犯罪案件庭审，当事人曾经也是年轻有为的干部。我要时刻牢记权力是人民赋予的，自觉接受监督，干干净净做事。
培训虽然结束，学习永无止境。我将把培训所得转化为推动工作的实际成效，努力做一名让组织放心、群众满意的基层干部。
2026年4月19日
""",
    ),
    dict(
        slug="news-livestream-hrss-employment-policy",
        site="枳川融媒·直播回放 (invented)",
        style="新闻门户",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://live.zcrongmei.example.com/replay/20260312-rsj",
        title="县人社局解读2026年就业创业扶持政策",
        record_title="【直播回放】县人社局解读2026年就业创业扶持政策",
        record_date="2026-03-12",
        date="2026-03-12",
        notes="a livestream transcript: timecodes glued at paragraph starts, viewer-count and like lines between paragraphs, a gift/danmaku prompt; the speaker line is neutral; the policy hotline and the app the speaker asks to 下载 stay",
        page="""
!m 枳川融媒 | 直播回放
!t 【直播回放】县人社局解读2026年就业创业扶持政策
!m 直播时间：2026-03-12 15:00　　观看人次：2.3万　　时长：00:41:26
县人社局局长　覃慧敏
{BODY}
!a 发送弹幕，和主播互动吧～
!l 回放列表：医保政策十问十答 ｜ 春耕农资选购指南
!d 本文字实录由直播语音自动转写，经编辑校对，以直播原声为准。
""",
        body="""
⟦m [00:01:05]⟧各位网友，大家下午好！很高兴通过直播间和大家聊一聊今年我县的就业创业扶持政策。
⟦m [00:02:40]⟧先说高校毕业生。今年我县对到中小微企业就业的高校毕业生，签订一年以上劳动合同并缴纳社会保险的，给予每人3000元的一次性就业补贴。离校两年内未就业的毕业生参加就业见习，见习期间每月发放1800元生活补贴。
⟦l 直播间已有12,406人观看⟧
⟦m [00:09:18]⟧再说返乡创业。返乡农民工、退役军人等群体首次创办小微企业或从事个体经营，正常经营一年以上的，可以申请5000元的一次性创业补贴；需要资金周转的，个人最高可以申请30万元的创业担保贷款，财政按规定给予贴息。
⟦m [00:17:52]⟧还有技能培训。参加职业技能培训并取得证书的，按照证书等级给予800元至2000元不等的培训补贴，培训期间还有生活费补助。
⟦l 主播收到 368 个赞⟧
⟦m [00:25:30]⟧政策怎么申请呢？大家可以下载“枳川人社”手机应用，在线提交申请材料，也可以到县政务服务中心人社窗口办理。政策咨询电话是0745-6228512，工作日都有专人接听。
⟦m [00:39:47]⟧今天的直播就到这里，感谢大家的收看，祝大家就业顺利、创业成功！
""",
    ),
    dict(
        slug="wechat-zhichuan-coop-surplus-decision",
        site="枳川绿源果蔬专业合作社 (invented WeChat mirror)",
        style="公众号镜像",
        genre="决定",
        kind="other",
        form="text",
        source="https://mp.wxreader.example.net/s/zclyhzs-20260125",
        title="关于2025年度盈余分配方案的决定",
        date="2026-01-25",
        notes="a farm co-op's WeChat article mirrored: the account line, a 'set as starred' prompt, a distribution table one row a paragraph, a reward button and a 预览时标签不可点 line; signature date",
        page="""
!m 绿源合作社　2026年01月26日 19:40
!a 👆点击上方“绿源合作社”，设为星标，精彩不错过
{T}
{BODY}
!a 喜欢作者　　赞赏
!l 阅读 1,127　　点赞 88　　在看 21
!m 预览时标签不可点
!l 收录于合集 #社务公开 9个
""",
        body="""
根据《中华人民共和国农民专业合作社法》和本社章程，经2026年1月24日成员大会审议通过，现就本社2025年度盈余分配作出如下决定：
一、2025年度经营情况
本社2025年实现销售收入612.4万元，扣除生产经营成本和管理费用后，可分配盈余为86.5万元。
二、分配方案
分配项目　比例　金额（万元）
提取公积金　10%　8.65
按交易量（额）返还成员　60%　51.90
按出资额及公积金份额分配　30%　25.95
三、返还办法
按交易量返还部分，以每位成员2025年度向本社交售蔬菜、水果的金额为依据计算，于2026年2月10日前直接转入成员社保卡银行账户。
四、其他事项
成员对分配结果有异议的，可在决定公布之日起15日内向本社监事会书面提出。监事会联系人：龚德水，电话：136 2751 0833。
枳川绿源果蔬专业合作社
2026年1月25日
""",
    ),
    dict(
        slug="fanwenapp-reading-mode-town-economy-speech",
        site="笔友范文APP阅读模式 (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://app.biyoufanwen.example.com/read/446921?mode=reader",
        title="在2026年全镇经济工作会议上的讲话",
        record_title=None,
        date="2026-02-06",
        notes="no record title; an app's reading mode: font and night-mode controls, read-progress lines between paragraphs, an open-the-app prompt; the speaker line and the date under the title are neutral",
        page="""
!a 阅读模式已开启　｜　退出
!a Aa 字号　◐ 夜间　🎧 听全文
{T}
镇党委书记　刘启帆
（2026年2月6日）
{BODY}
!a 打开笔友范文APP，继续阅读全文
!a 会员专享：无限下载 · 去广告 · 一键排版
!l 读过此文的人还读了：镇长在全镇经济工作会议上的总结讲话
""",
        body="""
同志们：
今天我们召开全镇经济工作会议，主要任务是总结2025年经济工作，分析当前面临的形势，部署2026年经济工作。刚才，镇长作了很好的工作报告，我完全同意。下面，我再讲三点意见。
一、客观看待成绩，进一步坚定发展信心
过去一年，全镇地区生产总值增长6.8%，规模以上工业增加值增长9.1%，一般公共预算收入突破1.2亿元。招商引资签约项目14个，协议引资28.6亿元，新开工亿元以上项目5个。农村居民人均可支配收入达到2.4万元，增长7.3%。
⟦l 已读 38% ▮▮▮▯▯▯▯▯⟧
二、准确把握形势，进一步明确主攻方向
今年是“十五五”规划的开局之年。我们要清醒看到，全镇经济总量不大、产业层次不高、新增长点不多的问题依然突出。全镇上下要把发展的着力点放在实体经济上，在工业强镇、农业特色、文旅融合三个方面持续用力。
⟦l 已读 71% ▮▮▮▮▮▮▯▯⟧
三、狠抓工作落实，进一步提升发展质效
一要抓项目，实行镇领导包联重点项目制度，确保签约项目早开工、开工项目早投产；二要抓企业，常态化开展“企业服务日”活动，帮助企业解决用工、融资等难题；三要抓作风，坚决整治推诿扯皮、敷衍塞责等问题。
同志们，实干方能成事。希望大家以时不我待的精神状态，奋力完成全年目标任务！
""",
    ),
]
