"""holdout97, part E: a retired forester's letter on metasequoias, a school-bus company's
Party branch, a skin-disease hospital's leprosy-day clinic, a maritime college's opening, a
debris-flow relocation notice on a county forum, a children's mime course, an endemic-disease
clinic's interviews, a dragonfly-survey bid result, a buffalo-milk contract case and a
residents' sandstorm notice. Everything invented; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="anthology-shanyin-letter-metasequoia-chapter",
        site="杉荫集 · 钱守林文稿 (invented personal collection, HTML)",
        style="个人文集",
        genre="书信",
        kind="letter",
        form="html",
        source="https://shanyinji.example.net/chapter/3-07.html",
        title="致碧潭县林业站青年职工的一封信",
        record_title="《杉荫集》第三章·七｜致碧潭县林业站青年职工的一封信",
        date="2024-03-12",
        notes="collection chapter page: chapter navigation, font/background switches, a reading-progress line; 成文日期 in Chinese numerals under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《杉荫集》第三章·七｜致碧潭县林业站青年职工的一封信</title></head>
<body><div class="book">⟦m 杉荫集 · 钱守林文稿⟧</div>
<div class="chap">⟦l 目录 ／ 第三章 书信 ／ 七⟧</div>
<div class="set">⟦a 字体 A- A+　背景 白 米黄 夜间⟧</div>
<h2>{T}</h2>
<div class="txt">
{BODY}
</div>
<div class="progress">⟦m 本章读完 · 全书进度 61%⟧</div>
<div class="cnav">⟦l ‹ 上一章：写给老伴的生日卡⟧ ⟦l 下一章：水杉育苗日志选抄 ›⟧</div>
<div class="ft">⟦d 文稿由作者家属整理发布，转载请征得同意⟧</div>
</body></html>
""",
        body="""
年轻的同事们：
今天是植树节，我虽然退休多年，还是想给大家写几句话。
我在碧潭县林业站工作了三十八年，大半辈子都和水杉打交道。刚参加工作那年，老站长带我去看村口那株老水杉，他说，这棵树比我们站里所有人的年纪加起来还大，我们的责任，就是让它再活几百年。
现在，县里的水杉母树都挂上了保护牌，还做了普查，这是过去不敢想的事。但保护工作没有止境，病虫害、修路建房、人为攀折，哪一样都不能掉以轻心。
希望你们多下乡，多去树底下走走，把每一株母树的情况记在心里。树不会说话，我们就是它们的嘴和腿。
祝大家工作顺利！
钱守林
二〇二四年三月十二日
""",
    ),
    dict(
        slug="dangjian-dilin-report-school-bus-branch",
        site="砥岭县国资党建网 (invented)",
        style="党建网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://dj.diling-gz.example.gov.cn/jcdj/2025/0115/761.html",
        title="校车服务公司党支部书记2024年度抓基层党建工作述职报告",
        record_title="校车服务公司党支部书记2024年度抓基层党建工作述职报告_砥岭县国资党建网",
        date="2025-01-15",
        notes="Party-building text page: a column line, a '学习强国'-style share prompt, editor and reviewer lines, a study list at the end; 成文日期 under the signature",
        page="""
!m 砥岭县国资党建网
!m 首页 > 基层党建 > 述职评议
!t 校车服务公司党支部书记2024年度抓基层党建工作述职报告_砥岭县国资党建网
!m 日期：2025-01-16　来源：县校车服务公司党支部
{BODY}
!m 责任编辑：彭思远　审核：于海
!a 分享到党员学习群
!l 延伸阅读：国企党建与生产经营深度融合的三点思考 ／ 2024年度述职评议工作安排
""",
        date_also=["2025-01-16"],
        body="""
2024年，我认真履行党支部书记抓党建第一责任人职责，把党建工作与校车安全运营紧密结合，现将有关情况报告如下。
一、主要工作
（一）抓班子带队伍。坚持“三会一课”制度，全年召开支委会14次、党员大会4次，讲党课3次。
（二）抓融合促发展。开展“党员驾驶员安全示范车”创建，18名党员驾驶员全年安全行驶无事故，带动全体驾驶员文明驾驶。
（三）抓服务暖人心。组建党员志愿服务队，在雨雪天气为偏远站点学生送伞送姜汤，受到家长好评。
二、存在问题
一是党建工作创新不够，活动形式较为单一；二是对年轻驾驶员的思想引导还不够深入。
三、下一步打算
2025年，我将继续抓实党员教育管理，推动党建工作和安全运营双提升。
县校车服务公司党支部书记　鲁振华
2025年1月15日
""",
    ),
    dict(
        slug="hospital-bianchuan-news-leprosy-day-no-title",
        site="砭川县皮肤病医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.bianchuan-pfyy.example.cn/yydt/2025/0126/95.html",
        title="我院开展“世界防治麻风病日”义诊宣传活动",
        record_title=None,
        date="2025-01-26",
        notes="no record title: the headline under the hospital's nav; byline with date; a booking line and a health-account prompt at the end; a photo caption between paragraphs",
        page="""
!m 砭川县皮肤病医院　专业　仁爱　严谨
!l 首页 ｜ 医院概况 ｜ 专家介绍 ｜ 就诊须知 ｜ 医院动态
{T}
!m 发布者：院办　发布时间：2025-01-26　浏览：215
{BODY}
!w 门诊预约：0734-3216 120
!a 关注医院服务号，可查检查报告
!m 地址：砭川县健康路7号
""",
        body="""
1月26日是第72届“世界防治麻风病日”。当天上午，我院组织皮肤科医生和护理人员，在县城人民广场开展义诊宣传活动。
活动现场，医务人员为群众免费检查皮肤病，讲解麻风病的早期症状和防治知识，提醒群众发现皮肤麻木、不痛不痒的斑块要及时就诊。
⟦m 图为医务人员为群众义诊。⟧
本次活动共义诊群众210人次，发放宣传资料1300余份，现场解答群众咨询80余人次。
当天下午，医院党支部还到砭川康复村看望慰问了康复老人，为他们送去了棉被和生活用品。
""",
    ),
    dict(
        slug="college-qiwan-speech-opening-cn-date-html",
        site="磲湾航海职业学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qiwan-hy.example.edu.cn/xyxw/2025/0906/3381.html",
        title="在磲湾航海职业学院2025级新生开学典礼上的讲话",
        record_title="院长在2025级新生开学典礼上的讲话-学院新闻-磲湾航海职业学院",
        date="2025-09-06",
        notes="college site: speaker line and a Chinese-numeral date under the speech title (neutral), a decorated record title with another wording; quick links, a campus-map link, a footer with 招生咨询 phone",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>院长在2025级新生开学典礼上的讲话-学院新闻-磲湾航海职业学院</title></head>
<body><div class="top">⟦m 磲湾航海职业学院⟧ ⟦l 信息门户 ｜ 图书馆 ｜ 校园地图 ｜ English⟧</div>
<div class="nav">⟦l 学院概况　院系设置　招生就业　学院新闻　校园文化⟧</div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 学院新闻⟧</div>
<h1>{T}</h1>
<p class="author">院长　卢启航</p>
<p class="author">（二〇二五年九月六日）</p>
<div class="v_news_content">
{BODY}
</div>
<div class="ft">⟦w 招生咨询：0668-7302 600⟧　⟦m 地址：磲湾市港城大道1号⟧　⟦m 琼ICP备15003127号⟧</div>
</body></html>
""",
        body="""
亲爱的2025级新同学们：
大家好！今天，1860名新同学正式成为磲湾航海职业学院的一员。我代表学院全体师生员工，向你们表示热烈的欢迎！
我们学院因海而生、向海而兴。六十多年来，学院为国家培养了四万多名航海和船舶技术人才，其中不少人已经成为远洋船长和轮机长。
在这里，我想给同学们提三点希望。
第一，要练就过硬本领。航海是一门实践性很强的学问，希望大家在课堂上学好理论，在实训船和气垫船实训基地里练好技能。
第二，要养成严谨作风。海上无小事，一个小小的疏忽都可能酿成大祸。希望大家从整理内务、遵守作息做起，养成一丝不苟的习惯。
第三，要坚定报国志向。希望大家把个人理想与海洋强国建设结合起来，做新时代的合格海员。
祝同学们在学院度过充实而美好的时光！
""",
    ),
    dict(
        slug="localforum-xiakou-relocation-notice-junk",
        site="硖口百姓论坛 (invented county forum, text)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://bbs.xiakou-bx.example.cn/forum.php?mod=viewthread&tid=31877",
        title="关于做好泥石流隐患点群众搬迁安置工作的通告",
        record_title="[转] 关于做好泥石流隐患点群众搬迁安置工作的通告（石门乡的注意了）",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="county forum text: junk lines and glued junk; a poster's aside in the thread title; floor replies; the notice dated the day before the post",
        junk=dict(lines=2, glued=2),
        page="""
!m 硖口百姓论坛 » 乡镇动态 » 石门乡
!t [转] 关于做好泥石流隐患点群众搬迁安置工作的通告（石门乡的注意了）
!m 山里娃子 | 2025-06-10 08:12 | 阅读 2288 | 回复 19
{BODY}
!l 沙发 石门老王：我家就在后沟，昨天村干部来登记了
!l 板凳 路过的风：安置房离学校近吗？
!a 游客请先登录再回复
!m 硖口百姓论坛 Archiver　手机版
""",
        body="""
石门乡后沟、黄泥沟两处泥石流隐患点威胁群众生命财产安全。为从根本上消除隐患，经乡党委、政府研究，决定对两处隐患点受威胁群众实施搬迁安置。现将有关事项通告如下：
一、搬迁范围：后沟村一组、二组和黄泥沟村三组受威胁的63户群众。
二、安置方式：实行集中安置和分散安置相结合，集中安置点设在乡政府所在地的石门新村；选择分散安置的，按政策给予购房补助。
三、时间安排：6月20日前完成入户登记和安置意愿确认，10月底前完成集中安置房建设，年底前全部搬迁入住。
四、搬迁期间，各村要加强隐患点监测，遇强降雨天气立即组织受威胁群众临时避险。
咨询电话：石门乡国土资源所　0893-7731 022
硖口县石门乡人民政府
2025年6月9日
""",
    ),
    dict(
        slug="download-ketang-plan-mime-course-markers",
        site="课堂资料下载 (invented download station, text)",
        style="资料下载站",
        genre="教学计划",
        kind="plan",
        form="text",
        source="http://www.ketang-ziliao.example.net/down/jiaoan/20250830/5190.html",
        title="2025年秋季少儿默剧表演兴趣班教学计划",
        record_title="2025年秋季少儿默剧表演兴趣班教学计划.docx",
        date=None,
        notes="download station text: file-name title, file info with an update stamp (no date: only a year in the title), ⌜N⌟ page markers glued at line starts cutting sentences, download buttons and a disclaimer",
        indent="\u3000\u3000",
        pages=dict(fmt="⌜{n}⌟", every=120, start=2, glue=True),
        page="""
!m 课堂资料下载 → 教案计划 → 艺术类
!t 2025年秋季少儿默剧表演兴趣班教学计划.docx
!m 资料大小：28K　资料类型：Word　更新：2025-08-30　下载次数：163
!m 内容预览：
{BODY}
!a ↓ 点击下载（普通下载）　↓ 会员高速下载
!d 资料来自网络收集，版权归原作者，如有异议请联系站长删除
""",
        body="""
一、学情分析
本学期兴趣班共有学员18人，年龄在7至10岁之间，其中8人参加过上学期的学习，具备一定的肢体表现基础，其余学员为零基础。
二、教学目标
通过一学期的学习，使学员掌握默剧的基本手法，如“推墙”“拉绳”“上楼梯”等，能够用肢体和表情完成三分钟左右的小品表演，提高观察力、想象力和表现力。
三、教学安排
第1至4周，肢体热身与基本手法训练；第5至10周，情境小品练习；第11至14周，分组编排作品；第15至16周，排练和期末汇报演出。
四、教学措施
坚持以游戏带动训练，每节课安排不少于十分钟的即兴表演，鼓励每一名学员上台展示。
""",
    ),
    dict(
        slug="exam-luyuan-interview-endemic-clinic-html",
        site="碌源人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.luyuan.example.gov.cn/sydw/2025/1020/880.html",
        title="碌源县地方病防治所2025年公开招聘专业技术人员面试公告",
        record_title="【面试公告】碌源县地方病防治所2025年公开招聘专业技术人员面试公告",
        date="2025-10-20",
        notes="exam site HTML: interview-slot table, candidates told to 打印 the interview notice and 扫码 for health declaration (content), the exam office's 咨询电话 beside a site technical line; attachment list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【面试公告】碌源县地方病防治所2025年公开招聘专业技术人员面试公告_碌源人事考试网</title></head>
<body><div class="hd">⟦m 碌源人事考试网⟧　⟦a 考生登录⟧　⟦a 成绩查询⟧</div>
<div class="loc">⟦m 您当前的位置：首页 &gt; 事业单位 &gt; 面试公告⟧</div>
<h2>{T}</h2>
<div class="date">⟦m 发布日期：2025-10-20　作者：县人社局　阅读 2103 次⟧</div>
<div class="article">
{BODY}
</div>
<div class="ft">⟦w 网站运维电话：0902-8880 133⟧<br>⟦d 本网站发布的考试信息以官方公告为准⟧</div>
</body></html>
""",
        body="""
根据《碌源县地方病防治所2025年公开招聘专业技术人员公告》，现将面试有关事项公告如下：
一、面试时间和地点
面试时间：2025年10月26日（星期日）上午8:00开始。
面试地点：碌源县第一中学综合楼。
二、面试分组
组别　岗位　人数
第一组　临床医生　9
第二组　公共卫生医师　6
第三组　检验技师　6
三、有关要求
请面试人员登录本网站打印面试通知书，并于面试当天7:30前，持面试通知书和身份证到候考室报到。进入考点前须扫描考点入口的二维码完成信息登记。
咨询电话：0902-8815 201（县人社局事业单位人事管理股）
附件：面试人员名单
碌源县人力资源和社会保障局
2025年10月20日
""",
    ),
    dict(
        slug="tender-bitan-dragonfly-survey-bid-result",
        site="碧潭政府采购网 (invented, text)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://www.bitan-ccgp.example.gov.cn/zbgg/2025/0616/1733.html",
        title="碧潭湿地公园蜻蜓多样性调查服务项目中标结果公告",
        record_title="碧潭湿地公园蜻蜓多样性调查服务项目中标结果公告.pdf",
        date="2025-06-16",
        notes="procurement text: a file-name title; a bid-result table, buyer and agency contacts kept beside a platform hotline; page date line; a 'view original PDF' prompt",
        page="""
!m 碧潭政府采购网　　采购公告 › 中标（成交）公告
!t 碧潭湿地公园蜻蜓多样性调查服务项目中标结果公告.pdf
!m 发布日期：2025-06-16　信息来源：碧潭县湿地保护中心
!a 查看原文PDF　｜　打印
{BODY}
!w 平台服务热线：400-1800-7722（工作日）
!l 上一条：碧潭县林业站无人机采购项目成交公告
""",
        body="""
一、项目编号：BTCG-2025-0325
二、项目名称：碧潭湿地公园蜻蜓多样性调查服务项目
三、中标信息
供应商名称　供应商地址　中标金额（元）
碧潭绿羽生态科技有限公司　碧潭县科技园B座408　186000.00
四、主要标的信息
服务内容：湿地公园蜻蜓目昆虫种类、数量和分布调查，编制调查报告和图鉴；服务期限：2025年7月至2026年6月。
五、公告期限
自本公告发布之日起1个工作日。
六、联系方式
采购人：碧潭县湿地保护中心　联系人：凌晓　电话：0731-5520 318
采购代理机构：碧潭衡信招标代理有限公司　联系人：卓一鸣　电话：0731-5536 907
""",
    ),
    dict(
        slug="lawfirm-hengzhi-case-buffalo-milk-contract",
        site="恒直律师事务所 (invented, HTML)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="html",
        source="https://www.hengzhi-lawyer.example.cn/cases/2025/0808/211.html",
        title="一起水牛奶收购合同纠纷的代理手记",
        record_title="案例丨一起水牛奶收购合同纠纷的代理手记 - 恒直律师事务所",
        date="2025-08-08",
        notes="law-firm HTML: a consultation floating box, lawyer card with phone and WeChat, practice-area menu, a disclaimer and a 'share to Moments' bar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>案例丨一起水牛奶收购合同纠纷的代理手记 - 恒直律师事务所</title></head>
<body><div class="hd">⟦m 恒直律师事务所⟧ ⟦m 以专业守护信任⟧</div>
<div class="menu">⟦l 律所简介 ｜ 业务领域 ｜ 律师团队 ｜ 经典案例 ｜ 联系我们⟧</div>
<div class="pos">⟦m 经典案例 &gt; 合同纠纷⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 承办律师：甘雨薇　日期：2025-08-08⟧</div>
<div class="text">
{BODY}
</div>
<div class="card">⟦w 甘雨薇律师　手机：139 0763 1288　微信同号⟧</div>
<div class="share">⟦l 分享到朋友圈　｜　复制本文链接⟧</div>
<div class="disc">⟦d 案例已做匿名化处理，仅供交流学习⟧</div>
<div class="float">⟦a 免费咨询⟧ ⟦a 预约面谈⟧</div>
</body></html>
""",
        body="""
去年秋天，江坝镇十几户水牛养殖户找到我们，说一家收奶公司拖欠他们四个月的奶款，合计三十多万元。
我们首先帮助养殖户梳理证据。养殖户与公司签订的收购合同写明了收购价格和结算周期，收奶站每天出具的过磅单和检测单也都保存完整，这为后续诉讼打下了基础。
诉讼中，收奶公司辩称部分鲜奶乳脂率不达标，应当扣减货款。我们指出，合同约定检测结果应当场告知并由双方签字确认，公司从未提出异议，事后扣款缺乏依据。
法院最终支持了养殖户的全部诉讼请求，判令公司支付奶款及逾期付款利息。
这个案子提醒广大养殖户：签订书面合同、保存好每一张单据，是维护自身权益最有力的武器。
""",
    ),
    dict(
        slug="community-shahe-sandstorm-tips-oneline",
        site="沙河街社区网 (invented residents' site, text)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="text",
        source="http://www.shahejie-sq.example.cn/notice/2025-04-02.html",
        title="关于沙尘天气居民防护的温馨提示",
        date="2025-04-02",
        notes="residents' site text, body on one line; the community service station's own phone in the body beside the site's property hotline; weather line and a volunteer-signup prompt",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 沙河街社区网　｜　今日 扬沙 12～24℃
!t 温馨提示丨关于沙尘天气居民防护的温馨提示
!m 社区居委会　2025-04-02　阅读 845
{BODY}
!a 我要报名当楼栋志愿者 >
!w 物业24小时报修：0931-6620 8800
""",
        body="""
各位居民朋友：据气象部门预报，4月3日至4日我市将出现沙尘天气，请大家做好以下防护。
一、关好门窗，阳台上的花盆、晾晒衣物要及时收回，防止被大风吹落伤人。
二、外出时佩戴口罩和护目镜，老人、儿童和患有呼吸道疾病的居民尽量减少外出。
三、驾车出行请减速慢行，不要在广告牌、大树下停车。
四、独居老人如需帮助，请拨打社区服务站电话0931-6621 305，社区网格员将上门服务。
沙河街社区居民委员会
2025年4月2日
""",
    ),
]
